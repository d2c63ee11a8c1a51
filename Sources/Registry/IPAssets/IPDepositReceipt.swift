import Ledger

/// Everything needed to prove, without trusting the Union's server, that a content hash
/// was deposited by a given time: the signed `ip.deposit` entry, the node-signed
/// checkpoint of a tree that includes it, and the RFC 9162 inclusion proof linking the
/// two. Checked with the ledger export format's rules (docs/ledger-format.md).
public struct IPDepositReceipt: Sendable {
    public let assetID: IPAssetID
    public let entry: SignedEntry
    public let proof: InclusionProof
    public let checkpoint: SignedCheckpoint

    public init(assetID: IPAssetID, entry: SignedEntry, proof: InclusionProof, checkpoint: SignedCheckpoint) {
        self.assetID = assetID
        self.entry = entry
        self.proof = proof
        self.checkpoint = checkpoint
    }

    /// Checks the receipt as an outsider would, given the node's public key: the
    /// checkpoint's signature, the entry's author signature, and the proof from the
    /// entry's leaf to the checkpoint's root. Throws on the first failure.
    public func verify(nodeKey: Ed25519PublicKey) throws {
        let verifier = try NoteVerifier(name: checkpoint.checkpoint.origin, publicKey: nodeKey)
        let signed = try SignedCheckpoint.open(checkpoint.serialized(), verifier: verifier)
        guard let author = entry.signatures.first, author.keyID == nodeKey.keyID,
              nodeKey.isValidSignature(author.signature, for: entry.canonicalBytes) else {
            throw IPReceiptInvalid(reason: "the entry is not signed by the node key")
        }
        guard proof.leafIndex == entry.entry.seq, proof.treeSize == signed.size else {
            throw IPReceiptInvalid(reason: "the proof is not for this entry and checkpoint")
        }
        try proof.verify(leafHash: MerkleHash.leaf(entry.canonicalBytes), rootHash: signed.rootHash)
    }
}
