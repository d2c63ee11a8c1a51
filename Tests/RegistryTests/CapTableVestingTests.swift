import Testing

@testable import Registry

/// Cliff-and-monthly vesting on calendar months, and milestone tranches.
@Suite struct CapTableVestingTests {
    typealias S = CapTableScenario

    private func vested(_ units: ShareCount, _ schedule: VestingSchedule, on date: CalendarDate) -> Int64 {
        schedule.vestedUnits(of: units, asOf: date, attestations: [:]).value
    }

    @Test func nothingVestsBeforeTheCliffThenTheCliffShareThenMonthly() {
        let schedule = S.fourYears(from: S.day(2026, 2, 1))
        #expect(vested(1_000, schedule, on: S.day(2026, 2, 1)) == 0)
        #expect(vested(1_000, schedule, on: S.day(2027, 1, 31)) == 0)
        #expect(vested(1_000, schedule, on: S.day(2027, 2, 1)) == 250)
        #expect(vested(1_000, schedule, on: S.day(2027, 3, 1)) == 270)
        #expect(vested(1_000, schedule, on: S.day(2029, 12, 31)) == 958)
        #expect(vested(1_000, schedule, on: S.day(2030, 1, 1)) == 979)
        #expect(vested(1_000, schedule, on: S.day(2030, 2, 1)) == 1_000)
        #expect(vested(1_000, schedule, on: S.day(2040, 1, 1)) == 1_000)
    }

    @Test func theLastMonthTakesTheRoundingRemainder() {
        let schedule = VestingSchedule.cliffMonthly(start: S.day(2026, 1, 1), cliffMonths: 0, totalMonths: 3)
        let monthly = (1...3).map { vested(100, schedule, on: S.day(2026, 1 + $0, 1)) }
        #expect(monthly == [33, 66, 100])
    }

    @Test func monthsClampToTheLastDayAndCountFromTheStart() {
        let start = S.day(2026, 1, 31)
        #expect(start.addingMonths(1) == S.day(2026, 2, 28))
        #expect(start.addingMonths(2) == S.day(2026, 3, 31))
        #expect(start.addingMonths(25) == S.day(2028, 2, 29))
        #expect(start.addingMonths(-2) == S.day(2025, 11, 30))
        #expect(S.day(2026, 2, 27).wholeMonths(since: start) == 0)
        #expect(S.day(2026, 2, 28).wholeMonths(since: start) == 1)
        #expect(S.day(2026, 3, 30).wholeMonths(since: start) == 1)
        #expect(S.day(2026, 3, 31).wholeMonths(since: start) == 2)
        let schedule = VestingSchedule.cliffMonthly(start: start, cliffMonths: 1, totalMonths: 12)
        #expect(vested(1_200, schedule, on: S.day(2026, 2, 27)) == 0)
        #expect(vested(1_200, schedule, on: S.day(2026, 2, 28)) == 100)
    }

    @Test func aTrancheVestsOnTheDayOfItsLastAttestation() {
        let tranche = MilestoneTranche(milestone: "mvp", units: 10, attesters: ["a", "b"])
        let schedule = VestingSchedule.milestones([tranche])
        let attestations: [VestingMilestoneID: [StakeholderID: CalendarDate]] = ["mvp": ["a": S.day(2026, 5, 1), "b": S.day(2026, 4, 1)]]
        #expect(VestingSchedule.vestingDate(of: tranche, attestations: attestations) == S.day(2026, 5, 1))
        #expect(schedule.vestedUnits(of: 10, asOf: S.day(2026, 4, 30), attestations: attestations) == 0)
        #expect(schedule.vestedUnits(of: 10, asOf: S.day(2026, 5, 1), attestations: attestations) == 10)
        #expect(schedule.problem(forUnits: 11) == "tranches sum to 10 units, the grant has 11")
    }
}
