import Ledger

/// An event of the Union's cycle as the registry holds it: its towns, schedule and
/// status, and once sealed the hash of its results and the ledger entry that fixed them.
public struct Event: Hashable, Sendable {
    public let id: EventID
    public let kind: EventKind
    public let title: String
    /// The towns of this node taking part.
    public let cityIDs: [CityID]
    /// The towns of other nodes taking part (only a Challenge has them).
    public let townsElsewhere: [TownElsewhere]
    public let startsOn: CalendarDate
    public let endsOn: CalendarDate
    public let status: EventStatus
    public let seal: EventSeal?
    public let createdAt: LedgerTime
}
