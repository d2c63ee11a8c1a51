extension LedgerRecords {
    /// The bytes of a tile or entry bundle, or nil when the log does not hold all it covers
    /// yet. A hash tile is its tree hashes concatenated (32 bytes each): the hash at
    /// level `L` and position `i` is the root of the complete subtree of 256^L entries that
    /// starts at entry `i × 256^L`. An entry bundle is each entry's canonical bytes after
    /// its length as a big-endian uint16.
    public func tile(_ path: TilePath) throws -> [UInt8]? {
        let first = path.index * TilePath.fullWidth
        switch path.kind {
        case let .hashes(level):
            let treeLevel = level * 8
            let covered = (first + path.width) << treeLevel
            guard treeLevel < 57, covered >> treeLevel == first + path.width, covered <= (try size()) else { return nil }
            if treeLevel == 0 {
                let bytes = try leafHashes(from: first, count: path.width)
                guard bytes.count == 32 * path.width else { throw LedgerError.corrupted(reason: "leaf hashes of \(path) are missing") }
                return bytes
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(path.width * 32)
            for index in first..<(first + path.width) { bytes += try treeHash(level: treeLevel, index: index).bytes }
            return bytes
        case .entries:
            guard first + path.width <= (try size()) else { return nil }
            var bytes: [UInt8] = []
            for entry in try rawBodies(from: first, limit: path.width) {
                bytes += [UInt8(entry.count >> 8), UInt8(entry.count & 0xff)] + entry
            }
            return bytes
        }
    }
}
