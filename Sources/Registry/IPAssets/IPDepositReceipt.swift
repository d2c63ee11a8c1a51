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

    /// Checks the receipt as an outsider would, given the node's public key (see
    /// `LedgerReceipt.verify(nodeKey:)`). Throws `ReceiptInvalid` on the first failure.
    public func verify(nodeKey: Ed25519PublicKey) throws {
        try LedgerReceipt(entry: entry, proof: proof, checkpoint: checkpoint).verify(nodeKey: nodeKey)
    }
}
