/// Why the cap table refused an event. Each case carries the numbers a user needs to see what
/// is wrong; a refused event changes nothing.
public enum CapTableError: Error, Hashable, Sendable, CustomStringConvertible {
    case duplicateEventID(CapTableEventID)
    case eventBeforeLatest(event: CapTableEventID, date: CalendarDate, latest: CalendarDate)
    case zeroUnits(event: CapTableEventID)
    case negativePrice(event: CapTableEventID, kopecks: Kopecks)
    case unknownShareClass(ShareClassID)
    case duplicateShareClass(ShareClassID)
    case exceedsAuthorised(shareClass: ShareClassID, authorised: ShareCount, issued: ShareCount,
                           reserved: ShareCount, requested: ShareCount)
    case insufficientUnits(holder: StakeholderID, shareClass: ShareClassID, owned: ShareCount, requested: ShareCount)
    case transferToSelf(holder: StakeholderID)
    case unknownGrant(CapTableEventID)
    case optionExpired(grant: CapTableEventID, expiry: CalendarDate, date: CalendarDate)
    case insufficientVestedUnits(grant: CapTableEventID, requested: ShareCount, vested: ShareCount,
                                 alreadyExercised: ShareCount)
    case insufficientOutstandingUnits(grant: CapTableEventID, requested: ShareCount, outstanding: ShareCount)
    case invalidVesting(grant: CapTableEventID, reason: String)
    case unknownMilestone(grant: CapTableEventID, milestone: VestingMilestoneID)
    case notAnAttester(grant: CapTableEventID, milestone: VestingMilestoneID, attester: StakeholderID)
    case alreadyAttested(grant: CapTableEventID, milestone: VestingMilestoneID, attester: StakeholderID)
    case invalidRound(round: CapTableEventID, reason: String)
    case overflow(event: CapTableEventID)
    case invalidPayload(field: String, reason: String)

    public var description: String {
        switch self {
        case let .duplicateEventID(id):
            "event \(id) is already in the cap table; give each event a new id"
        case let .eventBeforeLatest(event, date, latest):
            "event \(event) is dated \(date), before the latest event (\(latest)); events must be applied in date order"
        case let .zeroUnits(event):
            "event \(event) moves no units; give a positive number of units"
        case let .negativePrice(event, kopecks):
            "event \(event) has a price of \(kopecks.value) kopecks; a price cannot be negative"
        case let .unknownShareClass(shareClass):
            "share class \(shareClass) does not exist; create it first"
        case let .duplicateShareClass(shareClass):
            "share class \(shareClass) already exists; choose another id"
        case let .exceedsAuthorised(shareClass, authorised, issued, reserved, requested):
            "share class \(shareClass) has \(authorised) units authorised, \(issued) issued and \(reserved) reserved for options; \(requested) more do not fit — raise the authorised units first"
        case let .insufficientUnits(holder, shareClass, owned, requested):
            "\(holder) owns \(owned) units of \(shareClass) and cannot transfer \(requested)"
        case let .transferToSelf(holder):
            "\(holder) cannot transfer units to themselves"
        case let .unknownGrant(grant):
            "option grant \(grant) does not exist"
        case let .optionExpired(grant, expiry, date):
            "option grant \(grant) could be exercised until \(expiry), not on \(date)"
        case let .insufficientVestedUnits(grant, requested, vested, alreadyExercised):
            "option grant \(grant) has \(vested) units vested, \(alreadyExercised) already exercised; \(requested) cannot be exercised"
        case let .insufficientOutstandingUnits(grant, requested, outstanding):
            "option grant \(grant) has \(outstanding) unexercised units left; \(requested) cannot be cancelled"
        case let .invalidVesting(grant, reason):
            "option grant \(grant) has an invalid vesting schedule: \(reason)"
        case let .unknownMilestone(grant, milestone):
            "option grant \(grant) has no milestone \(milestone)"
        case let .notAnAttester(grant, milestone, attester):
            "\(attester) is not named as an attester of milestone \(milestone) of option grant \(grant)"
        case let .alreadyAttested(grant, milestone, attester):
            "\(attester) has already attested milestone \(milestone) of option grant \(grant)"
        case let .invalidRound(round, reason):
            "priced round \(round) is invalid: \(reason)"
        case let .overflow(event):
            "event \(event) would make a count or amount too large to hold"
        case let .invalidPayload(field, reason):
            "cap table event payload: \(field) \(reason)"
        }
    }
}
