import Ledger

/// The sealing of an event's results: the SHA-256 of the results table's canonical JSON
/// (RFC 8785), recorded in an `event.seal` ledger entry. Anyone holding the published
/// table can recompute the hash and find it in the entry, so results cannot change
/// silently after sealing.
public struct EventSeal: Hashable, Sendable {
    public let resultsSHA256: SHA256Digest
    public let ledgerSeq: Int
    public let sealedAt: LedgerTime
    /// The sealed table itself, as canonical JSON text.
    public let results: String
}
