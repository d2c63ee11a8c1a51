/// The node source behind the ledger's roots and proofs: cached upper levels from
/// memory, the rest from SQLite.
struct CachedMerkleNodes: MerkleNodeSource {
    let cache: MerkleNodeCache
    let store: LedgerStore

    func hash(level: Int, index: Int) throws -> SHA256Digest {
        if let hash = cache.hash(level: level, index: index) { return hash }
        return try store.hash(level: level, index: index)
    }
}
