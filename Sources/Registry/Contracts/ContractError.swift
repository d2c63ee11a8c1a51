import Ledger

/// Why a contract's terms, text or event was refused. Each case carries the numbers and
/// ids a caller needs to correct the request; a refused event changes nothing.
public enum ContractError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(field: String, reason: String)
    case textDoesNotMatchTerms(termsSHA256: String, textSHA256: String)
    case firstEventMustPropose
    case alreadyProposed
    case noEvents
    case eventBeforePrevious(date: CalendarDate, previous: CalendarDate)
    case notAParty(PartyID)
    case alreadySigned(PartyID)
    case notActive(event: String, status: ContractStatus)
    case wrongKind(event: String, kind: ContractKind)
    case nonPositiveAmount(Int64)
    case amountTooLarge
    case holdersRequired
    case afterDeadline(event: String, date: CalendarDate, deadline: CalendarDate)
    case closeBeforeDeadline(date: CalendarDate, deadline: CalendarDate)
    case withdrawalExceedsPledge(requested: Int64, pledged: Int64)
    case notAnAttester(PartyID)
    case unknownMilestone(String)
    case alreadyAttested(milestone: String, attester: PartyID)
    case milestoneAlreadyReleased(String)
    case terminationRefused(rule: String, reason: String)
    /// `member` (nil: the node key) tried to consent for `party`, for whom `actingMember`
    /// acts (nil: the Union, through its staff).
    case cannotActFor(party: PartyID, member: String?, actingMember: String?)
    case allocation(AllocationError)

    public var description: String {
        switch self {
        case let .malformed(field, reason):
            "\(field): \(reason)"
        case let .textDoesNotMatchTerms(termsSHA256, textSHA256):
            "the legal text hashes to \(textSHA256) but the terms name \(termsSHA256): attach the text the terms were written for"
        case .firstEventMustPropose:
            "a contract's first event must be its proposal"
        case .alreadyProposed:
            "the contract has already been proposed; propose a new contract instead"
        case .noEvents:
            "there are no events to replay"
        case let .eventBeforePrevious(date, previous):
            "the event is dated \(date), before the previous event's \(previous): events must be in date order"
        case let .notAParty(party):
            "\(party) is not a party to this contract"
        case let .alreadySigned(party):
            "\(party) has already signed this contract"
        case let .notActive(event, status):
            "\(event) needs an active contract, but it is \(status.rawValue)"
        case let .wrongKind(event, kind):
            "\(event) does not apply to a \(kind.rawValue) contract"
        case let .nonPositiveAmount(amount):
            "the amount must be at least 1 kopeck, not \(amount)"
        case .amountTooLarge:
            "the amounts sum beyond what a 64-bit number of kopecks holds"
        case .holdersRequired:
            "the terms name no fixed shares, so the revenue report must list the holders on its date"
        case let .afterDeadline(event, date, deadline):
            "\(event) is dated \(date), after the deadline \(deadline)"
        case let .closeBeforeDeadline(date, deadline):
            "the crowdfunding may close on or after its deadline \(deadline), not on \(date)"
        case let .withdrawalExceedsPledge(requested, pledged):
            "cannot withdraw \(requested) kopecks: only \(pledged) are pledged"
        case let .notAnAttester(party):
            "\(party) is not one of the attesters this contract names"
        case let .unknownMilestone(milestone):
            "the contract has no tranche for milestone \(milestone)"
        case let .alreadyAttested(milestone, attester):
            "\(attester) has already attested milestone \(milestone)"
        case let .milestoneAlreadyReleased(milestone):
            "the tranche for milestone \(milestone) has already been released"
        case let .terminationRefused(rule, reason):
            "the terms say \(rule): \(reason)"
        case let .cannotActFor(party, member, acting):
            "\(member.map { "member \($0)" } ?? "the Union") cannot consent for \(party): "
                + (acting.map { "only member \($0) acts for it in this contract" } ?? "Union staff consent for it with the node key")
        case let .allocation(error):
            error.description
        }
    }
}
