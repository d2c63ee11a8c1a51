import Ledger

/// Another town taking up a practice: the exchange of proven practices between towns
/// that the Glocal City Challenge promotes, recorded as a `practice.adopt` entry.
public struct PracticeAdoption: Hashable, Sendable {
    public let practiceID: PracticeID
    public let cityID: CityID
    public let ledgerSeq: Int
    public let adoptedAt: LedgerTime
}
