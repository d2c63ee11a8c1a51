/// An offline proof that an entry is in the log (C2SP tlog-proof v1): the entry's index,
/// the inclusion proof of its leaf in the checkpointed tree, and the checkpoint itself,
/// signed by the node, as one text a verifier checks with the log's public key alone.
public struct TlogProof: Sendable {
    public static let header = "c2sp.org/tlog-proof@v1"

    public let index: Int
    public let proof: InclusionProof
    public let checkpoint: SignedCheckpoint

    public init(index: Int, proof: InclusionProof, checkpoint: SignedCheckpoint) {
        self.index = index
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// The proof's text: the header, `index N`, one base64 hash per line from the leaf's
    /// sibling up, an empty line, and the signed checkpoint verbatim.
    public func serialized() -> String {
        ([Self.header, "index \(index)"] + proof.hashes.map { Base64.encode($0.bytes) }).joined(separator: "\n")
            + "\n\n" + checkpoint.serialized()
    }
}

extension LedgerRecords {
    /// The proof that entry `seq` is in the tree of the checkpoint the node signed last;
    /// nil while no signed checkpoint covers it yet (one is signed within a second).
    public func tlogProof(seq: Int) throws -> TlogProof? {
        guard let checkpoint = try latestCheckpoint() else { return nil }
        return try tlogProof(seq: seq, against: checkpoint)
    }

    /// The proof that entry `seq` is in the tree of `checkpoint` (one that carries
    /// witnesses' cosignatures, say); nil when that tree does not hold it.
    public func tlogProof(seq: Int, against checkpoint: SignedCheckpoint) throws -> TlogProof? {
        guard seq >= 0, seq < checkpoint.checkpoint.size else { return nil }
        return TlogProof(index: seq, proof: try inclusionProof(seq: seq, treeSize: checkpoint.checkpoint.size), checkpoint: checkpoint)
    }
}
