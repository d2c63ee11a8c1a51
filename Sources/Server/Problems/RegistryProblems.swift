import Registry

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
