/// A node store held in memory, for the offline verifier, tests and benchmarks that need
/// a whole tree without a database.
///
/// Like the SQLite store it keeps every complete, aligned subtree (about two hashes per
/// leaf), so proofs generated from it cost the same number of lookups.
public struct InMemoryMerkleNodes: MerkleNodeSource, Sendable {
    public private(set) var frontier = MerkleFrontier()
    private var levels = PackedMerkleLevels(lowestLevel: 0)

    public init() {}

    public var size: Int { frontier.size }

    /// Number of complete-subtree hashes held: 2·size − popcount(size).
    public var storedNodeCount: Int { levels.count }

    public func root() -> SHA256Digest { frontier.root() }

    /// Appends a leaf given its canonical bytes and returns its leaf hash.
    @discardableResult
    public mutating func append(leaf bytes: [UInt8]) -> SHA256Digest {
        let leafHash = MerkleHash.leaf(bytes)
        append(leafHash: leafHash)
        return leafHash
    }

    public mutating func append(leafHash: SHA256Digest) {
        for node in frontier.append(leafHash: leafHash) {
            levels.append(node)
        }
    }

    public func hash(level: Int, index: Int) throws(MerkleError) -> SHA256Digest {
        guard let hash = levels.hash(level: level, index: index) else { throw .nodeNotStored(level: level, index: index) }
        return hash
    }
}
