import Foundation
import Ledger
import Registry
import TestSupport
import Testing

/// `glocal publish --out DIR`: the ledger as static tlog-tiles files that an outside
/// verifier (Python's hashlib and the openssl command) checks from the folder alone; a
/// second run adds what was appended and keeps the full tiles already written.
@Suite struct PublishCommandTests {
    @Test func publishedTilesVerifyAndGrowWithTheLog() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = folder.file("data")
        let out = folder.file("site/log")
        #expect(try Executable.glocal("init", "--data", data).status == 0)
        let node = try await DataFolder(path: data).openNode()
        for number in 0..<300 { _ = try await node.cities.register(name: "Город \(number)", region: "Область", population: number) }

        let first = try Executable.glocal("publish", "--data", data, "--out", out)
        let size = await node.ledger.size
        #expect(first.status == 0 && first.stdout == "published \(TilePath.all(forTreeSize: size).count) tiles and bundles for \(size) entries to \(out)\n", "\(first.stderr)")
        let verdict = try TileLogVerifier.tiles(base: out, origin: node.ledger.origin, publicKeyHex: node.ledger.nodeKey.publicKey.hex)
        #expect(verdict == "verified \(size) \(await node.ledger.rootHash.hex)")
        let fullTile = out + "/tile/0/000"
        let written = try FileManager.default.attributesOfItem(atPath: fullTile)[.modificationDate] as? Date

        for number in 300..<600 { _ = try await node.cities.register(name: "Село \(number)", region: "Область", population: number) }
        let second = try Executable.glocal("publish", "--data", data, "--out", out)
        let grown = await node.ledger.size
        #expect(second.status == 0 && second.stdout.contains("for \(grown) entries"))
        #expect(try FileManager.default.attributesOfItem(atPath: fullTile)[.modificationDate] as? Date == written, "full tiles never change")
        #expect(try TileLogVerifier.tiles(base: out, origin: node.ledger.origin, publicKeyHex: node.ledger.nodeKey.publicKey.hex)
                == "verified \(grown) \(await node.ledger.rootHash.hex)")
        let usage = try Executable.glocal("publish", "--data", data)
        #expect(usage.status == 2 && usage.stderr.split(separator: "\n").first == "Error: missing --out <dir>")
        let unwritable = try Executable.glocal("publish", "--data", data, "--out", "/proc/glocal-log")
        #expect(unwritable.status == 1 && unwritable.stderr.hasPrefix("Error: cannot write /proc/glocal-log"))
    }
}
