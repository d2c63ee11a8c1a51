/// A project's cap table: the deterministic replay of its ordered events.
///
/// Applying an event either returns the new table or refuses with a `CapTableError` and changes
/// nothing. Whatever sequence is applied, these hold: no holder's position is negative; in each
/// class, issued plus reserved-for-options units never exceed the authorised units; no option
/// unit is exercised before it vests, after its option expires, or twice; no unit is
/// transferred that its holder does not own. Events must come in date order, so the table as of
/// any date is the replay of a prefix of its events.
public struct CapTable: Hashable, Sendable {
    public internal(set) var shareClasses: [ShareClassID: ShareClassState] = [:]
    /// Issued units per holder and class; a holding that reaches zero is removed.
    public internal(set) var holdings: [StakeholderID: [ShareClassID: ShareCount]] = [:]
    public internal(set) var grants: [CapTableEventID: GrantState] = [:]
    /// The events applied, in order.
    public internal(set) var events: [CapTableEvent] = []
    var eventIDs: Set<CapTableEventID> = []

    public init() {}

    /// The table after `events`, or the first refusal.
    public static func replay<Events: Sequence>(_ events: Events) throws(CapTableError) -> CapTable
    where Events.Element == CapTableEvent {
        var table = CapTable()
        for event in events {
            try table.record(event)
        }
        return table
    }

    /// The date of the latest event, if any.
    public var latestDate: CalendarDate? { events.last?.date }

    /// The table with `event` applied, or the reason it is refused.
    public func apply(_ event: CapTableEvent) throws(CapTableError) -> CapTable {
        var table = self
        try table.record(event)
        return table
    }

    /// Applies `event` in place. Every check runs before anything changes, so a refusal leaves
    /// the table as it was.
    public mutating func record(_ event: CapTableEvent) throws(CapTableError) {
        guard !eventIDs.contains(event.id) else { throw .duplicateEventID(event.id) }
        if let latest = latestDate, event.date < latest {
            throw .eventBeforeLatest(event: event.id, date: event.date, latest: latest)
        }
        switch event {
        case let .createShareClass(creation): try createShareClass(creation)
        case let .changeAuthorised(change): try changeAuthorised(change)
        case let .issueShares(issuance): try issueShares(issuance)
        case let .grantOption(grant): try grantOption(grant)
        case let .attestMilestone(attestation): try attestMilestone(attestation)
        case let .exerciseOption(exercise): try exerciseOption(exercise)
        case let .cancelOption(cancellation): try cancelOption(cancellation)
        case let .transferShares(transfer): try transferShares(transfer)
        case let .pricedRound(round): try priceRound(round)
        }
        eventIDs.insert(event.id)
        events.append(event)
    }

    /// Units `holder` owns in `shareClass`.
    public func units(of holder: StakeholderID, in shareClass: ShareClassID) -> ShareCount {
        holdings[holder]?[shareClass] ?? .zero
    }

    mutating func addUnits(_ count: ShareCount, to holder: StakeholderID, in shareClass: ShareClassID) {
        holdings[holder, default: [:]][shareClass] = ShareCount(unchecked: units(of: holder, in: shareClass).value + count.value)
    }

    mutating func removeUnits(_ count: ShareCount, from holder: StakeholderID, in shareClass: ShareClassID) {
        let left = units(of: holder, in: shareClass).value - count.value
        holdings[holder]?[shareClass] = left == 0 ? nil : ShareCount(unchecked: left)
        if holdings[holder]?.isEmpty == true { holdings[holder] = nil }
    }
}
