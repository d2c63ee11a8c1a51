/// The right edge of a growing Merkle tree: the roots of the complete subtrees that
/// together cover leaves [0, size), largest first.
///
/// It holds at most one hash per bit of `size`, which is all an appender needs to extend
/// the tree, to tell a store exactly which nodes each new leaf completes, and to compute
/// the current root without reading anything back.
public struct MerkleFrontier: Sendable, Equatable {
    public private(set) var size: Int
    /// One hash per set bit of `size`, from the highest bit down.
    private var hashes: [SHA256Digest]

    /// The frontier of the empty tree.
    public init() {
        size = 0
        hashes = []
    }

    /// Rebuilds the frontier of a stored tree with popcount(size) lookups, so a store can
    /// resume appending after a restart without replaying its leaves.
    public init(size: Int, source: some MerkleNodeSource) throws {
        guard size >= 0 else { throw MerkleError.negativeTreeSize(size) }
        var hashes: [SHA256Digest] = []
        for subtree in MerkleTree.completeSubtrees(coveringPrefix: size) {
            hashes.append(try source.hash(level: subtree.level, index: subtree.index))
        }
        self.size = size
        self.hashes = hashes
    }

    /// The frontier kept by someone who holds only its right edge (`rightEdge` as `nodes`
    /// gave it), such as a follower mirroring another log, which extends it with the
    /// leaves it fetches and checks the root against the log's next checkpoint.
    public init(size: Int, rightEdge: [SHA256Digest]) throws(MerkleError) {
        guard size >= 0 else { throw .negativeTreeSize(size) }
        guard rightEdge.count == size.nonzeroBitCount else {
            throw .wrongProofLength(expected: size.nonzeroBitCount, actual: rightEdge.count)
        }
        self.size = size
        hashes = rightEdge
    }

    /// The complete subtrees of the right edge, largest (leftmost) first.
    public var nodes: [MerkleNode] {
        zip(MerkleTree.completeSubtrees(coveringPrefix: size), hashes).map { subtree, hash in
            MerkleNode(level: subtree.level, index: subtree.index, hash: hash)
        }
    }

    /// Adds the next leaf and returns the nodes it completed: the leaf itself at level 0,
    /// then each parent that became complete, lowest level first.
    public mutating func append(leafHash: SHA256Digest) -> [MerkleNode] {
        var index = size
        var level = 0
        var hash = leafHash
        var finished = [MerkleNode(level: 0, index: index, hash: hash)]
        // A set low bit in the position means the left sibling is complete and sits at the
        // end of the frontier, so the pair folds into a finished parent.
        while index & 1 == 1, let left = hashes.popLast() {
            hash = MerkleHash.node(left, hash)
            index >>= 1
            level += 1
            finished.append(MerkleNode(level: level, index: index, hash: hash))
        }
        hashes.append(hash)
        size += 1
        return finished
    }

    /// MTH of the whole current tree (RFC 9162 §2.1.1).
    public func root() -> SHA256Digest {
        // RFC 9162 splits at the largest power of two below n, so the right edge nests
        // to the right: fold from the smallest subtree leftwards.
        guard var root = hashes.last else { return MerkleHash.emptyRoot }
        for left in hashes.dropLast().reversed() {
            root = MerkleHash.node(left, root)
        }
        return root
    }
}
