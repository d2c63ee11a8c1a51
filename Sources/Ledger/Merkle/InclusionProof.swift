/// Evidence that one leaf is in a tree of a given size: the RFC 9162 audit path, which lets
/// anyone holding only the leaf hash and a signed root check that the ledger contains the entry.
public struct InclusionProof: Sendable, Equatable {
    public let leafIndex: Int
    public let treeSize: Int
    /// Sibling hashes from the leaf's level up towards the root.
    public let hashes: [SHA256Digest]

    public init(leafIndex: Int, treeSize: Int, hashes: [SHA256Digest]) {
        self.leafIndex = leafIndex
        self.treeSize = treeSize
        self.hashes = hashes
    }

    /// The root this proof leads to from `leafHash` (RFC 9162 §2.1.3.2 steps 1–4 and the
    /// sn check of step 5); throws when the proof cannot belong to this index and size.
    public func rootHash(leafHash: SHA256Digest) throws(MerkleError) -> SHA256Digest {
        guard leafIndex >= 0, leafIndex < treeSize else {
            throw .leafIndexOutOfRange(leafIndex: leafIndex, treeSize: treeSize)
        }
        var walk = MerkleProofWalk(fn: leafIndex, sn: treeSize - 1)
        let required = walk.remainingSteps()
        var root = leafHash
        for sibling in hashes {
            guard let side = walk.next() else {
                throw .wrongProofLength(expected: required, actual: hashes.count)
            }
            switch side {
            case .left: root = MerkleHash.node(sibling, root)
            case .right: root = MerkleHash.node(root, sibling)
            }
        }
        guard walk.isFinished else { throw .wrongProofLength(expected: required, actual: hashes.count) }
        return root
    }

    /// Succeeds only if the leaf is at `leafIndex` in the tree of `treeSize` whose root is `rootHash`.
    public func verify(leafHash: SHA256Digest, rootHash expected: SHA256Digest) throws(MerkleError) {
        let computed = try rootHash(leafHash: leafHash)
        guard computed == expected else { throw .rootMismatch(expected: expected, computed: computed) }
    }
}
