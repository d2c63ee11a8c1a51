import Ledger

/// An intangible asset (НМА) deposited with the Union: who holds it in what parts and
/// to whom it is licensed. The ledger's `ip.deposit` entry at `depositSeq`, signed by
/// the node as timestamping authority, proves the content hash existed by then.
public struct IPAsset: Hashable, Sendable {
    public let id: IPAssetID
    public let kind: IPAssetKind
    public let title: String
    public let description: String?
    public let contentSHA256: SHA256Digest
    /// The current split, largest part first.
    public let holders: [IPHolding]
    public let licences: [IPLicence]
    public let depositSeq: Int
    public let depositedAt: LedgerTime
}
