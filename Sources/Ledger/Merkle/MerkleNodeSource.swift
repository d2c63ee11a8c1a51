/// Read access to stored complete-subtree hashes, so that roots and proofs can be computed
/// from O(log n) lookups whatever holds the nodes (SQLite in production, memory in tests).
///
/// Errors are untyped because the backing store's failures (I/O, corruption) pass through.
public protocol MerkleNodeSource {
    /// The hash of the complete subtree covering leaves [index·2^level, (index+1)·2^level).
    /// Callers only ask for subtrees lying wholly inside a tree the source has stored.
    func hash(level: Int, index: Int) throws -> SHA256Digest
}
