import Ledger
import Testing
import TestSupport

@testable import Registry

/// Random sequences of events, accepted or refused, never break the cap table's invariants;
/// applying one by one equals replaying the accepted events; replay is deterministic.
@Suite struct CapTablePropertyTests {
    typealias S = CapTableScenario
    private static let holders: [StakeholderID] = ["mem_anna", "mem_boris", "mem_vera", "union", "fund_town"]
    private static let baseSeed: UInt64 = 0x4361_7054_6162_6C65

    /// A random event dated `date`; many are meant to be refused.
    static func randomEvent(_ index: Int, on date: CalendarDate, table: CapTable, using random: inout SplitMix64) -> CapTableEvent {
        let id = CapTableEventID("ev_\(index)")
        let holder = holders[random.next(below: holders.count)]
        let other = holders[random.next(below: holders.count)]
        let units = ShareCount(unchecked: Int64(random.next(below: 3) == 0 ? random.next(below: 200_000) : random.next(below: 5_000)))
        let grants = table.grants.keys.sorted()
        let grant = grants.isEmpty ? CapTableEventID("ev_none") : grants[random.next(below: grants.count)]
        switch random.next(below: 9) {
        case 0:
            return .changeAuthorised(AuthorisedChange(id: id, date: date, shareClass: "common",
                                                       authorised: ShareCount(unchecked: Int64(random.next(below: 3_000_000)))))
        case 1, 2:
            return S.issue(id, to: holder, units, on: date)
        case 3:
            let vesting: VestingSchedule = random.next(below: 2) == 0
                ? .cliffMonthly(start: date, cliffMonths: random.next(below: 13), totalMonths: 12 + random.next(below: 37))
                : .milestones([MilestoneTranche(milestone: "m1", units: units, attesters: [other, "union"])])
            return S.grant(id, to: holder, units, vesting: vesting, on: date, expiry: date.addingMonths(random.next(below: 60)))
        case 4:
            return S.attest(id, grant, "m1", by: random.next(below: 2) == 0 ? "union" : holder, on: date)
        case 5:
            return S.exercise(id, grant, units, on: date)
        case 6:
            return .cancelOption(OptionCancellation(id: id, date: date, grant: grant, units: units))
        case 7:
            return S.transfer(id, from: holder, to: other, units, on: date)
        default:
            let amount = Kopecks(Int64(1 + random.next(below: 100_000_000)))
            return .pricedRound(PricedRound(id: id, date: date, shareClass: ShareClassID("class_\(index)"), name: "Round \(index)",
                                            investment: amount, preMoney: Kopecks(Int64(1 + random.next(below: 1_000_000_000))),
                                            investors: [RoundInvestment(investor: holder, amount: amount)]))
        }
    }

    /// The table after `count` random events (a month passes every fourth event or so), with the
    /// events it accepted.
    static func randomProject(seed: UInt64, count: Int) -> (table: CapTable, accepted: [CapTableEvent]) {
        var random = SplitMix64(seed: seed)
        var table = CapTable()
        try? table.record(S.createCommon(authorised: 1_000_000, on: S.day(2026, 1, 1)))
        var date = S.day(2026, 1, 1)
        for index in 0..<count {
            if random.next(below: 4) == 0 { date = date.addingMonths(1) }
            try? table.record(randomEvent(index, on: date, table: table, using: &random))
        }
        return (table, table.events)
    }

    static func checkInvariants(_ table: CapTable, seed: UInt64) {
        let date = table.latestDate ?? S.day(2026, 1, 1)
        for (id, state) in table.shareClasses {
            let held = table.holdings.values.reduce(Int64(0)) { $0 + ($1[id]?.value ?? 0) }
            #expect(held == state.issued.value, "seed \(seed): class \(id) holdings \(held) ≠ issued \(state.issued)")
            let reserved = table.grants.values.filter { $0.grant.shareClass == id }.reduce(Int64(0)) { $0 + $1.unexercised.value }
            #expect(reserved == state.reserved.value, "seed \(seed): class \(id) reserved")
            #expect(state.issued.value + state.reserved.value <= state.authorised.value, "seed \(seed): class \(id) over authorised")
        }
        for holdings in table.holdings.values {
            #expect(holdings.values.allSatisfy { $0 > .zero }, "seed \(seed): empty or negative holding kept")
        }
        for state in table.grants.values {
            #expect(state.exercised.value + state.cancelled.value <= state.grant.units.value, "seed \(seed)")
            #expect(state.exercised <= state.grant.vesting.vestedUnits(of: state.grant.units, asOf: date,
                                                                     attestations: state.attestations), "seed \(seed)")
        }
        let points = table.fullyDiluted(asOf: date).basisPoints
        #expect(points.isEmpty || points.values.reduce(0, +) == 10_000, "seed \(seed)")
    }

    @Test func randomSequencesKeepEveryInvariantAndReplayTheSame() throws {
        for offset in 0..<40 as Range<UInt64> {
            let seed = Self.baseSeed &+ offset
            let (table, accepted) = Self.randomProject(seed: seed, count: 300)
            Self.checkInvariants(table, seed: seed)
            let replayed = try CapTable.replay(accepted)
            #expect(replayed == table, "seed \(seed)")
            #expect(Self.randomProject(seed: seed, count: 300).table == table, "seed \(seed)")
            let middle = accepted[accepted.count / 2].date
            #expect(table.asOf(middle) == (try CapTable.replay(accepted.filter { $0.date <= middle })), "seed \(seed)")
        }
    }

    @Test func incrementalApplyEqualsReplayAndTheExportIsStable() throws {
        let seed = Self.baseSeed
        let (table, accepted) = Self.randomProject(seed: seed, count: 400)
        var incremental = CapTable()
        for event in accepted {
            incremental = try incremental.apply(event)
        }
        #expect(incremental == table)
        #expect(accepted.count > 100, "too few events accepted to test anything: \(accepted.count)")
        #expect(Set(accepted.compactMap { $0.payload["type"]?.stringValue }).count == 9, "every kind of event is accepted at least once")
        let issuer = OCFIssuer(legalName: "Project", formationDate: S.day(2026, 1, 1))
        let asOf = try #require(table.latestDate)
        let first = try OCFExport(table: table, issuer: issuer, asOf: asOf)
        let second = try OCFExport(table: CapTable.replay(accepted), issuer: issuer, asOf: asOf)
        #expect(first.files == second.files)
    }
}
