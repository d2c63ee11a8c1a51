/// When the units of an option grant become exercisable.
///
/// `cliffMonthly`: nothing before the cliff; at the cliff `floor(units × cliffMonths /
/// totalMonths)`; then each month the cumulative `floor(units × months / totalMonths)`, so the
/// last month takes whatever rounding left over and the total is exact. Month `n` falls on
/// `start.addingMonths(n)` (day clamped to the month's end).
///
/// `milestones`: each tranche vests on the day its last named attester attests.
public enum VestingSchedule: Hashable, Sendable {
    case cliffMonthly(start: CalendarDate, cliffMonths: Int, totalMonths: Int)
    case milestones([MilestoneTranche])

    /// Units vested out of `units` by the end of `date`; `attestations` holds, per milestone,
    /// the day each attester attested.
    func vestedUnits(of units: ShareCount, asOf date: CalendarDate,
                     attestations: [VestingMilestoneID: [StakeholderID: CalendarDate]]) -> ShareCount {
        switch self {
        case let .cliffMonthly(start, cliffMonths, totalMonths):
            let months = date.wholeMonths(since: start)
            guard months >= cliffMonths, months >= 0 else { return .zero }
            guard months < totalMonths else { return units }
            let vested = LargestRemainder.multiplyDivide(units.value, Int64(months), Int64(totalMonths)) ?? 0
            return ShareCount(unchecked: vested)
        case let .milestones(tranches):
            var vested: Int64 = 0
            for tranche in tranches where Self.vestingDate(of: tranche, attestations: attestations).map({ $0 <= date }) == true {
                vested += tranche.units.value
            }
            return ShareCount(unchecked: vested)
        }
    }

    /// The day a tranche vested: the latest of its attestations, once all attesters have attested.
    static func vestingDate(of tranche: MilestoneTranche,
                            attestations: [VestingMilestoneID: [StakeholderID: CalendarDate]]) -> CalendarDate? {
        let given = attestations[tranche.milestone] ?? [:]
        var latest: CalendarDate?
        for attester in tranche.attesters {
            guard let day = given[attester] else { return nil }
            latest = max(latest ?? day, day)
        }
        return latest
    }

    /// Why this schedule cannot vest exactly `units`, or `nil` when it can.
    func problem(forUnits units: ShareCount) -> String? {
        switch self {
        case let .cliffMonthly(_, cliffMonths, totalMonths):
            guard totalMonths >= 1 else { return "total months must be at least 1, not \(totalMonths)" }
            guard (0...totalMonths).contains(cliffMonths) else {
                return "cliff months must be from 0 to the total \(totalMonths), not \(cliffMonths)"
            }
            return nil
        case let .milestones(tranches):
            guard !tranches.isEmpty else { return "a milestone schedule needs at least one tranche" }
            guard Set(tranches.map(\.milestone)).count == tranches.count else { return "each milestone may appear once" }
            for tranche in tranches where tranche.attesters.isEmpty || Set(tranche.attesters).count != tranche.attesters.count {
                return "milestone \(tranche.milestone) needs one or more distinct attesters"
            }
            let sum = tranches.reduce(Int64(0)) { $0.addingReportingOverflow($1.units.value).partialValue }
            guard sum == units.value else { return "tranches sum to \(sum) units, the grant has \(units)" }
            return nil
        }
    }
}
