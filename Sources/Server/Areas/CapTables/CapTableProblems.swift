import Registry

/// Cap table refusals as problems, in one table: 409 when the request is well formed but the
/// table as it stands refuses it (not enough units, not yet vested, already attested), 422
/// when the request itself names something wrong (an unknown grant, a bad vesting schedule).
/// The detail carries the numbers the caller needs.
extension CapTableError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case let .invalidPayload(field, reason):
            let pointer = "/" + field.replacingOccurrences(of: "[", with: "/").replacingOccurrences(of: "]", with: "")
                .replacingOccurrences(of: ".", with: "/")
            return ProblemDetails(.validation, detail: "\(field) \(reason).", errors: [.init(pointer: pointer, detail: "\(field) \(reason).")])
        case .duplicateEventID, .eventBeforeLatest, .duplicateShareClass, .exceedsAuthorised, .insufficientUnits,
             .optionExpired, .insufficientVestedUnits, .insufficientOutstandingUnits, .alreadyAttested:
            return ProblemDetails(.capTableConflict, detail: description)
        case .zeroUnits, .negativePrice, .unknownShareClass, .transferToSelf, .unknownGrant, .invalidVesting,
             .unknownMilestone, .notAnAttester, .invalidRound, .overflow:
            return ProblemDetails(.capTableInvalid, detail: description)
        }
    }
}

extension CapTableSigningError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .signatureRequired:
            ProblemDetails(.signatureRequired, detail: description)
        case .signatureNotExpected, .signerNotAMember, .keyMismatch:
            ProblemDetails(.invalidSignature, detail: description)
        }
    }
}
