import Registry

/// The Registry's general refusals as problems.
extension RegistryValidationError: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(type: "validation", title: "Invalid request", status: .unprocessableContent,
                       detail: "\(field): \(reason).", errors: [.init(pointer: "/" + field, detail: reason)])
    }
}

extension RegistryConflict: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(type: "conflict", title: "Conflict", status: .conflict, detail: detail)
    }
}

extension MemberKeyError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .noCustodialKey:
            ProblemDetails(type: "no-custodial-key", title: "No key held for the member", status: .conflict, detail: description)
        case .notTheMembersKey, .keyNotActive, .invalidSignature, .invalidProof, .invalidPublicKey:
            ProblemDetails(type: "invalid-signature", title: "Signature refused", status: .unprocessableContent, detail: description)
        }
    }
}

extension RegistryNotFound: ProblemConvertible {
    public var problem: ProblemDetails {
        ProblemDetails(type: "not-found", title: "Not found", status: .notFound, detail: detail)
    }
}

extension IPAssetAlreadyDeposited: ProblemConvertible {
    public var problem: ProblemDetails {
        var problem = ProblemDetails(type: "already-deposited", title: "Already deposited", status: .conflict,
                                     detail: description)
        problem.existing = ProblemDetails.ExistingRecord(id: assetID.rawValue, ledgerSeq: depositSeq)
        return problem
    }

    public var problemHeaders: HTTPHeaders {
        var headers = HTTPHeaders()
        headers.set("Location", "/api/v1/ip-assets/\(assetID.rawValue)")
        return headers
    }
}
