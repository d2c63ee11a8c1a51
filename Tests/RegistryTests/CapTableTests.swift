import Ledger
import Testing

@testable import Registry

/// The cap table's rules: what each event does, the worked priced rounds, and every refusal
/// with the numbers it reports.
@Suite struct CapTableTests {
    typealias S = CapTableScenario

    private func founders() throws -> CapTable {
        try CapTable.replay([
            S.createCommon(),
            S.issue("ev_anna", to: "mem_anna", 600_000),
            S.issue("ev_boris", to: "mem_boris", 400_000),
        ])
    }

    @Test(arguments: [0, 1])
    func pricedRoundsWorkedByHandGiveExactUnitsAndBasisPoints(caseIndex: Int) throws {
        let fixture = try JSONValue.parse(RegistryFixture.bytes("captable/priced-rounds.json"))
        let testCase = try #require(fixture["cases"]?.arrayValue?[caseIndex])
        let events = try #require(testCase["events"]?.arrayValue).map { try CapTableEvent(payload: $0) }
        let table = try CapTable.replay(events)
        #expect(table.shareClasses["seed"]?.issued.value == testCase["round_units"]?.integerValue)
        #expect(table.shareClasses["seed"]?.authorised == table.shareClasses["seed"]?.issued)
        let diluted = table.fullyDiluted(asOf: S.day(2026, 6, 1))
        let expectedUnits = try #require(testCase["fully_diluted"]?.objectValue)
        #expect(diluted.units.count == expectedUnits.count)
        for (holder, units) in expectedUnits {
            #expect(diluted.units[StakeholderID(holder)]?.value == units.integerValue, "\(holder)")
        }
        let expectedPoints = try #require(testCase["basis_points"]?.objectValue)
        for (holder, points) in expectedPoints {
            #expect(diluted.basisPoints[StakeholderID(holder)] == points.integerValue, "\(holder)")
        }
        #expect(diluted.basisPoints.values.reduce(0, +) == 10_000)
    }

    @Test func issuingBeyondTheAuthorisedUnitsCountsOptionReservations() throws {
        var table = try founders()
        try table.record(S.grant("ev_grant", to: "mem_vera", 900_000, vesting: S.fourYears()))
        #expect(throws: CapTableError.exceedsAuthorised(shareClass: "common", authorised: 2_000_000, issued: 1_000_000,
                                                        reserved: 900_000, requested: 100_001)) {
            try table.apply(S.issue("ev_more", to: "mem_gleb", 100_001, on: S.day(2026, 3, 1)))
        }
        try table.record(S.issue("ev_fits", to: "mem_gleb", 100_000, on: S.day(2026, 3, 1)))
        #expect(table.shareClasses["common"]?.available == 0)
        #expect(throws: CapTableError.exceedsAuthorised(shareClass: "common", authorised: 1_500_000, issued: 1_100_000,
                                                        reserved: 900_000, requested: 0)) {
            try table.apply(.changeAuthorised(AuthorisedChange(id: "ev_shrink", date: S.day(2026, 3, 1),
                                                               shareClass: "common", authorised: 1_500_000)))
        }
    }

    @Test func transferringMoreThanOwnedIsRefusedAndNoUnitIsSpentTwice() throws {
        var table = try founders()
        try table.record(S.transfer("ev_t1", from: "mem_boris", to: "mem_vera", 300_000))
        #expect(throws: CapTableError.insufficientUnits(holder: "mem_boris", shareClass: "common", owned: 100_000,
                                                        requested: 100_001)) {
            try table.apply(S.transfer("ev_t2", from: "mem_boris", to: "mem_gleb", 100_001))
        }
        #expect(throws: CapTableError.transferToSelf(holder: "mem_anna")) {
            try table.apply(S.transfer("ev_t3", from: "mem_anna", to: "mem_anna", 1))
        }
        #expect(table.units(of: "mem_vera", in: "common") == 300_000)
        #expect(table.issuedByClass["common"] == 1_000_000)
    }

    @Test func exercisingUnvestedOrExpiredUnitsIsRefused() throws {
        var table = try founders()
        try table.record(S.grant("ev_grant", to: "mem_vera", 48_000, vesting: S.fourYears(), expiry: S.day(2028, 6, 30)))
        #expect(throws: CapTableError.insufficientVestedUnits(grant: "ev_grant", requested: 1, vested: 0, alreadyExercised: 0)) {
            try table.apply(S.exercise("ev_x0", "ev_grant", 1, on: S.day(2027, 1, 31)))
        }
        try table.record(S.exercise("ev_x1", "ev_grant", 12_000, on: S.day(2027, 2, 1)))
        #expect(throws: CapTableError.insufficientVestedUnits(grant: "ev_grant", requested: 1_001, vested: 13_000,
                                                              alreadyExercised: 12_000)) {
            try table.apply(S.exercise("ev_x2", "ev_grant", 1_001, on: S.day(2027, 3, 1)))
        }
        #expect(table.units(of: "mem_vera", in: "common") == 12_000)
        #expect(table.shareClasses["common"]?.reserved == 36_000)
        #expect(throws: CapTableError.optionExpired(grant: "ev_grant", expiry: S.day(2028, 6, 30), date: S.day(2028, 7, 1))) {
            try table.apply(S.exercise("ev_x3", "ev_grant", 1, on: S.day(2028, 7, 1)))
        }
        #expect(table.fullyDiluted(asOf: S.day(2028, 7, 1)).units["mem_vera"] == 12_000)
        #expect(table.fullyDiluted(asOf: S.day(2028, 6, 30)).units["mem_vera"] == 48_000)
    }

    @Test func onlyNamedAttestersCanVestAMilestoneAndEachOnlyOnce() throws {
        var table = try founders()
        let tranches = [MilestoneTranche(milestone: "mvp", units: 30_000, attesters: ["mem_mentor", "union"]),
                        MilestoneTranche(milestone: "revenue", units: 20_000, attesters: ["union"])]
        try table.record(S.grant("ev_union", to: "union", 50_000, vesting: .milestones(tranches), union: true))
        #expect(throws: CapTableError.notAnAttester(grant: "ev_union", milestone: "mvp", attester: "mem_anna")) {
            try table.apply(S.attest("ev_a0", "ev_union", "mvp", by: "mem_anna", on: S.day(2026, 5, 1)))
        }
        #expect(throws: CapTableError.unknownMilestone(grant: "ev_union", milestone: "exit")) {
            try table.apply(S.attest("ev_a0", "ev_union", "exit", by: "union", on: S.day(2026, 5, 1)))
        }
        try table.record(S.attest("ev_a1", "ev_union", "mvp", by: "union", on: S.day(2026, 5, 1)))
        #expect(throws: CapTableError.alreadyAttested(grant: "ev_union", milestone: "mvp", attester: "union")) {
            try table.apply(S.attest("ev_a2", "ev_union", "mvp", by: "union", on: S.day(2026, 5, 2)))
        }
        #expect(table.position(of: "union", asOf: S.day(2026, 12, 31)).options.first?.vested == 0)
        try table.record(S.attest("ev_a3", "ev_union", "mvp", by: "mem_mentor", on: S.day(2026, 6, 10)))
        #expect(table.position(of: "union", asOf: S.day(2026, 6, 10)).options.first?.vested == 30_000)
        #expect(table.asOf(S.day(2026, 6, 9)).position(of: "union", asOf: S.day(2026, 6, 9)).options.first?.vested == 0)
        try table.record(S.exercise("ev_x", "ev_union", 30_000, on: S.day(2026, 6, 11)))
        #expect(table.units(of: "union", in: "common") == 30_000)
    }

    @Test func cancellingReturnsUnitsToThePoolAndUnvestedGoFirst() throws {
        var table = try founders()
        try table.record(S.grant("ev_grant", to: "mem_vera", 48_000, vesting: S.fourYears()))
        try table.record(.cancelOption(OptionCancellation(id: "ev_c", date: S.day(2028, 2, 1), grant: "ev_grant", units: 20_000)))
        let grant = try #require(table.grants["ev_grant"])
        #expect(grant.vested(asOf: S.day(2028, 2, 1)) == 24_000)
        #expect(grant.vested(asOf: S.day(2030, 2, 1)) == 28_000)
        #expect(table.shareClasses["common"]?.reserved == 28_000)
        #expect(throws: CapTableError.insufficientOutstandingUnits(grant: "ev_grant", requested: 28_001, outstanding: 28_000)) {
            try table.apply(.cancelOption(OptionCancellation(id: "ev_c2", date: S.day(2028, 2, 1), grant: "ev_grant", units: 28_001)))
        }
    }

    @Test func eventsAreRefusedWhenRepeatedOutOfOrderEmptyOrUnknown() throws {
        let table = try founders()
        #expect(throws: CapTableError.duplicateEventID("ev_anna")) {
            try table.apply(S.issue("ev_anna", to: "mem_anna", 1))
        }
        #expect(throws: CapTableError.eventBeforeLatest(event: "ev_old", date: S.day(2026, 1, 14), latest: S.day(2026, 1, 15))) {
            try table.apply(S.issue("ev_old", to: "mem_anna", 1, on: S.day(2026, 1, 14)))
        }
        #expect(throws: CapTableError.zeroUnits(event: "ev_zero")) { try table.apply(S.issue("ev_zero", to: "mem_anna", 0)) }
        #expect(throws: CapTableError.unknownShareClass("seed")) {
            try table.apply(S.issue("ev_seed", to: "mem_anna", 1, shareClass: "seed"))
        }
        #expect(throws: CapTableError.unknownGrant("ev_nothing")) {
            try table.apply(S.exercise("ev_x", "ev_nothing", 1, on: S.day(2026, 2, 1)))
        }
        #expect(throws: CapTableError.duplicateShareClass("common")) { try table.apply(S.createCommon("ev_again")) }
        #expect(throws: CapTableError.negativePrice(event: "ev_cheap", kopecks: Kopecks(-1))) {
            try table.apply(.issueShares(ShareIssuance(id: "ev_cheap", date: S.day(2026, 2, 1), holder: "mem_anna", shareClass: "common",
                                                       units: 1, pricePerUnit: Kopecks(-1))))
        }
        #expect(throws: CapTableError.invalidVesting(grant: "ev_g", reason: "cliff months must be from 0 to the total 12, not 13")) {
            try table.apply(S.grant("ev_g", to: "mem_vera", 10, vesting: .cliffMonthly(start: S.day(2026, 2, 1), cliffMonths: 13, totalMonths: 12)))
        }
    }

    @Test func aRefusedEventLeavesTheTableUnchanged() throws {
        var table = try founders()
        let before = table
        #expect(throws: CapTableError.self) { try table.record(S.transfer("ev_t", from: "mem_boris", to: "mem_vera", 400_001)) }
        #expect(table == before)
    }

    @Test func roundsRefuseAmountsThatDoNotAddUp() throws {
        let table = try founders()
        let round = PricedRound(id: "ev_seed", date: S.day(2026, 6, 1), shareClass: "seed", name: "Seed",
                                investment: Kopecks(100), preMoney: Kopecks(1_000_000_000),
                                investors: [RoundInvestment(investor: "mem_vera", amount: Kopecks(99))])
        #expect(throws: CapTableError.invalidRound(round: "ev_seed", reason: "the investors' amounts sum to 99 kopecks, not the stated 100")) {
            try table.apply(.pricedRound(round))
        }
        let tiny = PricedRound(id: "ev_seed", date: S.day(2026, 6, 1), shareClass: "seed", name: "Seed",
                               investment: Kopecks(999), preMoney: Kopecks(1_000_000_000),
                               investors: [RoundInvestment(investor: "mem_vera", amount: Kopecks(999))])
        #expect(throws: CapTableError.invalidRound(round: "ev_seed", reason: "the investment buys no whole unit at this valuation")) {
            try table.apply(.pricedRound(tiny))
        }
    }

    @Test func historyAndAsOfFollowTheEvents() throws {
        var table = try founders()
        try table.record(S.grant("ev_grant", to: "mem_vera", 48_000, vesting: S.fourYears()))
        try table.record(S.transfer("ev_t", from: "mem_boris", to: "mem_vera", 1_000))
        try table.record(S.exercise("ev_x", "ev_grant", 12_000, on: S.day(2027, 2, 1)))
        #expect(table.history(of: "mem_vera").map(\.id) == ["ev_grant", "ev_t", "ev_x"])
        #expect(table.history(of: "mem_anna").map(\.id) == ["ev_anna"])
        let earlier = table.asOf(S.day(2026, 12, 31))
        #expect(earlier.events.map(\.id) == ["ev_common", "ev_anna", "ev_boris", "ev_grant", "ev_t"])
        #expect(earlier.units(of: "mem_vera", in: "common") == 1_000)
        let position = table.position(of: "mem_vera", asOf: S.day(2027, 2, 1))
        #expect(position.units == ["common": 13_000])
        #expect(position.options == [OptionPosition(grant: "ev_grant", shareClass: "common", granted: 48_000, vested: 12_000,
                                                    exercised: 12_000, cancelled: 0, isExpired: false, isUnionOption: false)])
    }
}
