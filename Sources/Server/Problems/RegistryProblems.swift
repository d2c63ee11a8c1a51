import Registry

/// The Registry's general refusals as problems.
extension RegistryValidationError: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(.validation, detail: "\(field): \(reason).", errors: [.init(pointer: "/" + field, detail: reason)])
    }
}

extension RegistryConflict: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(.conflict, detail: detail)
    }
}

extension MemberKeyError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .noCustodialKey:
            ProblemDetails(.noCustodialKey, detail: description)
        case .notTheMembersKey, .keyNotActive, .invalidSignature, .invalidProof, .invalidPublicKey:
            ProblemDetails(.invalidSignature, detail: description)
        }
    }
}

extension RegistryNotFound: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(.notFound, detail: detail)
    }
}

extension IPAssetAlreadyDeposited: ProblemConvertible {
    public var problem: ProblemDetails {
        var problem = ProblemDetails(.alreadyDeposited, detail: description)
        problem.existing = ProblemDetails.ExistingRecord(id: assetID.rawValue, ledgerSeq: depositSeq)
        return problem
    }

    public var problemHeaders: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.set("Location", "/api/v1/ip-assets/\(assetID.rawValue)")
        return headers
    }
}
