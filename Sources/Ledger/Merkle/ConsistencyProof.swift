/// Evidence that a tree of `newSize` leaves extends the tree of `oldSize` leaves without
/// rewriting any of them (RFC 9162 §2.1.4): how a witness or client that saw an earlier
/// signed root checks the ledger only ever appended since.
public struct ConsistencyProof: Sendable, Equatable {
    public let oldSize: Int
    public let newSize: Int
    public let hashes: [SHA256Digest]

    public init(oldSize: Int, newSize: Int, hashes: [SHA256Digest]) {
        self.oldSize = oldSize
        self.newSize = newSize
        self.hashes = hashes
    }

    /// Succeeds only if `newRoot` (of `newSize` leaves) extends `oldRoot` (of `oldSize` leaves).
    ///
    /// Equal sizes need an empty proof and equal roots. An old size of 0 is refused, as the
    /// transparency-dev test vectors require: such a proof would vouch for nothing.
    public func verify(oldRoot: SHA256Digest, newRoot: SHA256Digest) throws(MerkleError) {
        guard oldSize >= 0 else { throw .negativeTreeSize(oldSize) }
        guard oldSize <= newSize else { throw .oldSizeExceedsNewSize(oldSize: oldSize, newSize: newSize) }
        guard oldSize > 0 else { throw .consistencyFromEmptyTree(newSize: newSize) }
        if oldSize == newSize {
            guard hashes.isEmpty else { throw .wrongProofLength(expected: 0, actual: hashes.count) }
            guard oldRoot == newRoot else {
                throw .rootsDifferAtEqualSize(size: oldSize, oldRoot: oldRoot, newRoot: newRoot)
            }
            return
        }

        // Step 4: the levels where the old tree's right edge is complete are shared
        // unchanged with the new tree, so the walk starts above them.
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var walk = MerkleProofWalk(fn: fn, sn: sn)
        // A power-of-two old tree is itself a subtree of the new one, so the prover
        // leaves its root out and the verifier puts it back (step 2).
        let oldRootIsSubtree = oldSize & (oldSize - 1) == 0
        let required = walk.remainingSteps() + (oldRootIsSubtree ? 0 : 1)

        // Step 1 comes before step 2, so even a power-of-two old size needs a non-empty proof.
        guard let firstHash = hashes.first else { throw .wrongProofLength(expected: required, actual: 0) }
        let seed = oldRootIsSubtree ? oldRoot : firstHash
        let rest = oldRootIsSubtree ? hashes[...] : hashes.dropFirst()

        var oldComputed = seed
        var newComputed = seed
        for sibling in rest {
            guard let side = walk.next() else { throw .wrongProofLength(expected: required, actual: hashes.count) }
            switch side {
            case .left:
                oldComputed = MerkleHash.node(sibling, oldComputed)
                newComputed = MerkleHash.node(sibling, newComputed)
            case .right:
                newComputed = MerkleHash.node(newComputed, sibling)
            }
        }
        guard walk.isFinished else { throw .wrongProofLength(expected: required, actual: hashes.count) }
        guard oldComputed == oldRoot else { throw .oldRootMismatch(expected: oldRoot, computed: oldComputed) }
        guard newComputed == newRoot else { throw .rootMismatch(expected: newRoot, computed: newComputed) }
    }
}
