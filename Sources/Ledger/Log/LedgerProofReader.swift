/// Serves the roots and proofs of a ledger's committed tree beside its writer.
///
/// It is a default actor on Swift's cooperative pool with its own read-only connection
/// (WAL readers never wait for the writer), so a proof runs on the asking task's thread
/// whenever the reader is free, instead of waking the writer's queue and then the caller
/// again: two thread wake-ups are most of a proof's cost, and on a busy machine they are
/// what makes its slowest percentile. The upper tree levels are cached in memory and
/// extended from the store as the ledger grows.
actor LedgerProofReader {
    private let connection: SQLiteConnection
    private var cache = MerkleNodeCache()

    init(path: String) throws {
        connection = try SQLiteConnection(path: path, readOnly: true)
    }

    /// MTH of the first `treeSize` entries.
    func rootHash(treeSize: Int) throws -> SHA256Digest {
        try reading(sizes: [treeSize]) { nodes in try MerkleTree.root(size: treeSize, source: nodes) }
    }

    func inclusionProof(seq: Int, treeSize: Int) throws -> InclusionProof {
        try reading(sizes: [treeSize]) { nodes in
            guard seq >= 0, seq < treeSize else { throw LedgerError.seqOutOfRange(seq: seq, size: treeSize) }
            return try MerkleTree.inclusionProof(leafIndex: seq, treeSize: treeSize, source: nodes)
        }
    }

    func consistencyProof(from oldSize: Int, to newSize: Int) throws -> ConsistencyProof {
        try reading(sizes: [oldSize, newSize]) { nodes in
            try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: nodes)
        }
    }

    /// Runs `body` in one read transaction, after checking every tree size against the
    /// committed ledger that transaction sees and bringing the cache up to it.
    private func reading<T>(sizes: [Int], _ body: (CachedMerkleNodes) throws -> T) throws -> T {
        try connection.reading {
            let store = LedgerStore(database: connection)
            let ledgerSize = try store.size()
            for size in sizes where size < 1 || size > ledgerSize {
                throw LedgerError.treeSizeOutOfRange(size: size, ledgerSize: ledgerSize)
            }
            try cache.extend(to: ledgerSize, from: store)
            return try body(CachedMerkleNodes(cache: cache, store: store))
        }
    }
}
