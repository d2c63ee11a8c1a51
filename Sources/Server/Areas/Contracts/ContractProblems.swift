import Registry

/// Refusals of contract events as problems: the request itself contradicts the terms
/// (422), the contract's state refuses it now (409), or the caller does not act for the
/// party (403). The detail carries the amounts, dates and ids involved.
extension ContractError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case let .malformed(field, reason):
            let pointer = "/" + field.replacingOccurrences(of: ".", with: "/").replacingOccurrences(of: "[", with: "/")
                .replacingOccurrences(of: "]", with: "")
            return ProblemDetails(.validation, detail: description + ".", errors: [.init(pointer: pointer, detail: reason)])
        case .textDoesNotMatchTerms, .nonPositiveAmount, .amountTooLarge, .holdersRequired, .notAParty, .notAnAttester,
             .unknownMilestone, .wrongKind, .allocation, .firstEventMustPropose, .noEvents:
            return ProblemDetails(.contractTerms, detail: description + ".")
        case .alreadyProposed, .eventBeforePrevious, .alreadySigned, .notActive, .afterDeadline, .closeBeforeDeadline,
             .withdrawalExceedsPledge, .alreadyAttested, .milestoneAlreadyReleased, .terminationRefused:
            return ProblemDetails(.contractState, detail: description + ".")
        case .cannotActFor:
            return ProblemDetails(.forbidden, detail: description + ".")
        }
    }
}
