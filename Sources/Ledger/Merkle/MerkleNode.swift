/// One complete, aligned subtree of the ledger's Merkle tree: the unit a store persists.
///
/// The node at (`level`, `index`) covers leaves [index·2^level, (index+1)·2^level);
/// level 0 nodes are the leaf hashes themselves. Complete subtrees never change once
/// written, which is what makes them safe to store as the tree grows.
public struct MerkleNode: Hashable, Sendable {
    public let level: Int
    public let index: Int
    public let hash: SHA256Digest

    public init(level: Int, index: Int, hash: SHA256Digest) {
        self.level = level
        self.index = index
        self.hash = hash
    }
}
