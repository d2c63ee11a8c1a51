/// Roots and proofs of the RFC 9162 Merkle tree over the ledger, computed from stored
/// complete-subtree hashes rather than from the leaves.
///
/// Every range the RFC's recursive definitions visit starts at a multiple of a power of
/// two at least as large as the range, so it is one stored node or, on the tree's right
/// edge, a handful of them. That keeps roots and proofs at O(log n) lookups, which
/// matters because each lookup is a database query in the real store.
public enum MerkleTree {
    /// MTH(D[0:size]): popcount(size) lookups.
    public static func root(size: Int, source: some MerkleNodeSource) throws -> SHA256Digest {
        guard size >= 0 else { throw MerkleError.negativeTreeSize(size) }
        return try rangeHash(from: 0, to: size, source: source)
    }

    /// MTH(D[start:end]), the RFC 9162 hash of the leaves in [start, end) taken as a tree
    /// of their own.
    ///
    /// When `start` is a multiple of the smallest power of two ≥ end − start (as for
    /// every subtree of the ledger's tree) this needs at most log2(end − start) + 1
    /// lookups. Other ranges cut across stored nodes and may need up to one lookup per leaf.
    public static func rangeHash(from start: Int, to end: Int, source: some MerkleNodeSource) throws -> SHA256Digest {
        guard start >= 0, start <= end else { throw MerkleError.invalidLeafRange(start: start, end: end) }
        guard start < end else { return MerkleHash.emptyRoot }
        return try hash(start: start, count: end - start, source: source)
    }

    /// PATH(leafIndex, D[0:treeSize]) of RFC 9162 §2.1.3.1, deepest sibling first.
    ///
    /// Each level costs one lookup, except that the one sibling that may reach the
    /// tree's incomplete right edge costs up to log2(treeSize) more.
    public static func inclusionProof(leafIndex: Int, treeSize: Int, source: some MerkleNodeSource) throws -> InclusionProof {
        guard treeSize >= 0 else { throw MerkleError.negativeTreeSize(treeSize) }
        guard leafIndex >= 0, leafIndex < treeSize else {
            throw MerkleError.leafIndexOutOfRange(leafIndex: leafIndex, treeSize: treeSize)
        }
        // Walk down from the root; the RFC lists the siblings on the way back up.
        var siblings: [SHA256Digest] = []
        var start = 0
        var end = treeSize
        while end - start > 1 {
            let split = start + largestPowerOfTwo(below: end - start)
            if leafIndex < split {
                siblings.append(try rangeHash(from: split, to: end, source: source))
                end = split
            } else {
                siblings.append(try rangeHash(from: start, to: split, source: source))
                start = split
            }
        }
        return InclusionProof(leafIndex: leafIndex, treeSize: treeSize, hashes: siblings.reversed())
    }

    /// PROOF(oldSize, D[0:newSize]) of RFC 9162 §2.1.4.1; empty when the sizes are equal.
    ///
    /// Costs one lookup per level plus, as for inclusion, up to log2(newSize) for the one
    /// subtree that may reach the incomplete right edge.
    public static func consistencyProof(from oldSize: Int, to newSize: Int, source: some MerkleNodeSource) throws -> ConsistencyProof {
        guard oldSize >= 0 else { throw MerkleError.negativeTreeSize(oldSize) }
        guard oldSize <= newSize else { throw MerkleError.oldSizeExceedsNewSize(oldSize: oldSize, newSize: newSize) }
        guard oldSize > 0 else { throw MerkleError.consistencyFromEmptyTree(newSize: newSize) }
        // SUBPROOF(m, D[start:end], startsAtOldRoot) unrolled: descend until the old tree's
        // last subtree is the whole range, remembering the siblings for the way back up.
        var siblings: [SHA256Digest] = []
        var start = 0
        var end = newSize
        var oldLeaves = oldSize
        var startsAtOldRoot = true
        while oldLeaves < end - start {
            let half = largestPowerOfTwo(below: end - start)
            if oldLeaves <= half {
                siblings.append(try rangeHash(from: start + half, to: end, source: source))
                end = start + half
            } else {
                siblings.append(try rangeHash(from: start, to: start + half, source: source))
                start += half
                oldLeaves -= half
                startsAtOldRoot = false
            }
        }
        // The verifier already holds the old root, so it is left out when the descent
        // ended on it.
        var hashes = startsAtOldRoot ? [] : [try rangeHash(from: start, to: end, source: source)]
        hashes.append(contentsOf: siblings.reversed())
        return ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
    }

    /// The aligned complete subtrees that exactly cover [0, size), largest first: one per
    /// set bit of `size`.
    static func completeSubtrees(coveringPrefix size: Int) -> [(level: Int, index: Int)] {
        var subtrees: [(level: Int, index: Int)] = []
        var covered = 0
        for level in stride(from: Int.bitWidth - 2, through: 0, by: -1) where size & (1 << level) != 0 {
            subtrees.append((level: level, index: covered >> level))
            covered += 1 << level
        }
        return subtrees
    }

    /// The k of RFC 9162: the largest power of two strictly below `count` (count ≥ 2).
    static func largestPowerOfTwo(below count: Int) -> Int {
        1 << (Int.bitWidth - 1 - (count - 1).leadingZeroBitCount)
    }

    private static func hash(start: Int, count: Int, source: some MerkleNodeSource) throws -> SHA256Digest {
        let isPowerOfTwo = count & (count - 1) == 0
        if isPowerOfTwo, start % count == 0 {
            let level = count.trailingZeroBitCount
            return try source.hash(level: level, index: start >> level)
        }
        let half = largestPowerOfTwo(below: count)
        let left = try hash(start: start, count: half, source: source)
        let right = try hash(start: start + half, count: count - half, source: source)
        return MerkleHash.node(left, right)
    }
}
