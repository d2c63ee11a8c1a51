import Ledger
@testable import Registry

/// Short builders for cap table events in tests.
enum CapTableScenario {
    static let signer: KeyID = {
        do { return try KeyID(hex: String(repeating: "ab", count: 32)) } catch { preconditionFailure("\(error)") }
    }()

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(unchecked: year, month: month, day: day)
    }

    static func createCommon(_ id: CapTableEventID = "ev_common", authorised: ShareCount = 2_000_000,
                             on date: CalendarDate = day(2026, 1, 15)) -> CapTableEvent {
        .createShareClass(ShareClassCreation(id: id, date: date, shareClass: "common", name: "Common", kind: .common,
                                             authorised: authorised, pricePerUnit: Kopecks(1)))
    }

    static func issue(_ id: CapTableEventID, to holder: StakeholderID, _ units: ShareCount,
                      on date: CalendarDate = day(2026, 1, 15), shareClass: ShareClassID = "common") -> CapTableEvent {
        .issueShares(ShareIssuance(id: id, date: date, holder: holder, shareClass: shareClass, units: units,
                                   pricePerUnit: Kopecks(1)))
    }

    static func grant(_ id: CapTableEventID, to grantee: StakeholderID, _ units: ShareCount,
                      vesting: VestingSchedule, on date: CalendarDate = day(2026, 2, 1),
                      expiry: CalendarDate = day(2036, 2, 1), union: Bool = false) -> CapTableEvent {
        .grantOption(OptionGrant(id: id, date: date, grantee: grantee, shareClass: "common", units: units,
                                 exercisePrice: Kopecks(100), expiry: expiry, vesting: vesting, isUnionOption: union))
    }

    static func fourYears(from start: CalendarDate = day(2026, 2, 1)) -> VestingSchedule {
        .cliffMonthly(start: start, cliffMonths: 12, totalMonths: 48)
    }

    static func exercise(_ id: CapTableEventID, _ grant: CapTableEventID, _ units: ShareCount,
                         on date: CalendarDate) -> CapTableEvent {
        .exerciseOption(OptionExercise(id: id, date: date, grant: grant, units: units))
    }

    static func transfer(_ id: CapTableEventID, from: StakeholderID, to: StakeholderID, _ units: ShareCount,
                         on date: CalendarDate = day(2026, 3, 1)) -> CapTableEvent {
        .transferShares(ShareTransfer(id: id, date: date, from: from, to: to, shareClass: "common", units: units,
                                      signedBy: signer))
    }

    static func attest(_ id: CapTableEventID, _ grant: CapTableEventID, _ milestone: VestingMilestoneID,
                       by attester: StakeholderID, on date: CalendarDate) -> CapTableEvent {
        .attestMilestone(MilestoneAttestation(id: id, date: date, grant: grant, milestone: milestone, attester: attester))
    }
}
