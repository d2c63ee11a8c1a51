/// A node store held in memory, for the offline verifier, tests and benchmarks that need
/// a whole tree without a database.
///
/// Like the SQLite store it keeps every complete, aligned subtree (about two hashes per
/// leaf), so proofs generated from it cost the same number of lookups.
public struct InMemoryMerkleNodes: MerkleNodeSource, Sendable {
    public private(set) var frontier = MerkleFrontier()
    /// Each level's hashes back to back, 32 bytes apiece: one array per level instead of
    /// one per node keeps a million-leaf tree at tens of megabytes.
    private var levels: [[UInt8]] = []

    public init() {}

    public var size: Int { frontier.size }

    /// Number of complete-subtree hashes held: 2·size − popcount(size).
    public var storedNodeCount: Int {
        levels.reduce(0) { $0 + $1.count / SHA256Digest.byteCount }
    }

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
            if node.level == levels.count {
                levels.append([])
            }
            levels[node.level].append(contentsOf: node.hash.bytes)
        }
    }

    public func hash(level: Int, index: Int) throws(MerkleError) -> SHA256Digest {
        let width = SHA256Digest.byteCount
        guard level >= 0, level < levels.count, index >= 0, index < levels[level].count / width else {
            throw .nodeNotStored(level: level, index: index)
        }
        let start = index * width
        return SHA256Digest(unchecked: Array(levels[level][start..<start + width]))
    }
}
