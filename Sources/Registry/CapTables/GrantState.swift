/// An option grant as the replay has left it: what has been exercised, cancelled and attested.
public struct GrantState: Hashable, Sendable {
    public let grant: OptionGrant
    public internal(set) var exercised: ShareCount = .zero
    public internal(set) var cancelled: ShareCount = .zero
    /// Per milestone, the day each attester attested.
    public internal(set) var attestations: [VestingMilestoneID: [StakeholderID: CalendarDate]] = [:]

    /// Units neither exercised nor cancelled.
    public var unexercised: ShareCount { ShareCount(unchecked: grant.units.value - exercised.value - cancelled.value) }

    /// Units vested by the end of `date`; cancellation removes unvested units first.
    public func vested(asOf date: CalendarDate) -> ShareCount {
        let vested = grant.vesting.vestedUnits(of: grant.units, asOf: date, attestations: attestations)
        return min(vested, ShareCount(unchecked: grant.units.value - cancelled.value))
    }

    /// Whether the option can no longer be exercised on `date`.
    public func isExpired(on date: CalendarDate) -> Bool { date > grant.expiry }

    /// Units that could be exercised on `date`.
    public func exercisable(on date: CalendarDate) -> ShareCount {
        isExpired(on: date) ? .zero : ShareCount(unchecked: max(0, vested(asOf: date).value - exercised.value))
    }

    /// Units that count as fully diluted on `date`: unexercised units of an unexpired option.
    public func outstanding(on date: CalendarDate) -> ShareCount {
        isExpired(on: date) ? .zero : unexercised
    }
}
