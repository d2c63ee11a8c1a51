import Ledger

/// A document that shows a step was taken (a signed memorandum, the committee's minutes),
/// deposited by its SHA-256: the ledger holds the hash, the registry its title; the
/// document itself stays with the town, and anyone holding it can check it against the hash.
public struct RoadMapEvidence: Hashable, Sendable {
    public let sha256: SHA256Digest
    public let title: String
    public let ledgerSeq: Int
    public let depositedAt: LedgerTime
}
