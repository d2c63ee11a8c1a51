import Ledger
import Testing

/// Tile paths exactly as C2SP tlog-tiles writes them, and the tiles a tree of a given size
/// is made of (the spec's own examples).
@Suite struct TilePathTests {
    @Test func indicesAreWrittenInGroupsOfThreeDigits() throws {
        #expect(TilePath(kind: .hashes(level: 0), index: 1_234_067).description == "tile/0/x001/x234/067")
        #expect(TilePath(kind: .entries, index: 0, width: 5).description == "tile/entries/000.p/5")
        #expect(TilePath(kind: .hashes(level: 2), index: 1000).description == "tile/2/x001/000")
        for text in ["tile/0/x001/x234/067", "tile/entries/000.p/5", "tile/3/x001/000.p/255", "tile/63/999"] {
            #expect(try #require(TilePath(text[...])).description == text)
        }
        #expect(TilePath("tile/0/x001/x234/067"[...]) == TilePath(kind: .hashes(level: 0), index: 1_234_067))
    }

    @Test func pathsTheSpecForbidsAreRefused() {
        for text in ["tile/00/000", "tile/64/000", "tile/0/x000", "tile/0/0000", "tile/0/01", "tile/0/001/002", "tile/0/000.p/0",
                     "tile/0/000.p/256", "tile/0/000.p/07", "tile/0/000.p", "tile/0/", "tile/entries", "tiles/0/000", "tile/-1/000",
                     "tile/0/x001", "tile/0/y001/000", "tile/0/x001.p/3/000"] {
            #expect(TilePath(text[...]) == nil, "\(text)")
        }
    }

    @Test func aTreeIsMadeOfItsFullTilesAndOnePartialTilePerLevel() {
        // The spec's example: 70,000 entries are 273 full level-0 tiles and one of width 112,
        // one full level-1 tile and one of width 17, and a level-2 tile of width 1.
        let tiles = TilePath.all(forTreeSize: 70_000)
        let hashes = { (level: Int) in tiles.filter { $0.kind == .hashes(level: level) } }
        #expect(hashes(0).count == 274 && hashes(0).last?.width == 112)
        #expect(hashes(1).map(\.width) == [256, 17] && hashes(2).map(\.width) == [1] && hashes(3).isEmpty)
        #expect(tiles.filter { $0.kind == .entries }.map(\.width) == hashes(0).map(\.width))
        #expect(TilePath.all(forTreeSize: 256).map(\.description) == ["tile/0/000", "tile/entries/000", "tile/1/000.p/1"])
        #expect(TilePath.all(forTreeSize: 0).isEmpty)
    }
}
