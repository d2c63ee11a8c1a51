import Ledger
import Registry

/// The register of IP assets: deposits with their receipts, splits between holders and
/// licences. The public reads everything here; holders who are admitted members and
/// Union staff change it.
enum IPAssetRoutes {
    static let smallBody = 8 * 1024
    static let textBody = 64 * 1024
    static let listQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only assets of this kind."),
    ]

    static func routes(ipAssets: IPAssets, operations: IPAssetOperations) -> [Route] {
        [
            Route(.get, "/api/v1/ip-assets", operationID: "listIPAssets",
                  summary: "Deposited IP assets, optionally of one kind and searched; in deposit order without a search",
                  tag: "ip-assets", action: .readIPAssets, access: .anyone,
                  documentation: RouteDocumentation(response: "IPAssetPage", query: listQuery)) { context in
                let kind = try QueryParameters(context.request).value("kind", as: IPAssetKind.self)
                let page = try await ipAssets.assets(kind: kind, matching: try context.request.searchQuery(),
                                                     page: try context.request.pageRequest())
                return try .json(Page.from(page, view: IPAssetBodies.AssetView.init))
            },
            Route(.post, "/api/v1/ip-assets", running: operations.deposit,
                  summary: "Deposit an IP asset (a holder who is an admitted member, or Union staff); naming other members as holders, it waits for each to sign (202)",
                  tag: "ip-assets", access: .signedIn, bodyLimit: textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "DepositRequest", response: "IPDeposit", success: .created,
                                                    accepted: "IPConsentRequest", errors: [.forbidden, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.DepositRequest.self, from: context.request)
                      return IPDeposit(kind: body.kind, title: body.title,
                                       description: body.description, contentSHA256: try contentHash(body.contentSha256),
                                       holders: holdings(body.holders))
                  },
                  respond: { outcome in
                      switch outcome {
                      case let .done((asset, receipt)):
                          try .json(IPAssetBodies.DepositedView(asset: .init(asset), receipt: .init(receipt)), status: .created)
                      case let .pending(request): try waiting(request)
                      }
                  }),
            Route(.get, "/api/v1/ip-assets/{asset_id}", operationID: "getIPAsset", summary: "An IP asset",
                  tag: "ip-assets", action: .readIPAssets, access: .anyone,
                  documentation: RouteDocumentation(response: "IPAsset", errors: [.notFound])) { context in
                try .json(IPAssetBodies.AssetView(try await asset(context, ipAssets)))
            },
            Route(.get, "/api/v1/ip-assets/{asset_id}/receipt", operationID: "getIPDepositReceipt",
                  summary: "The deposit receipt, proved against the latest checkpoint", tag: "ip-assets",
                  action: .readIPAssets, access: .anyone,
                  documentation: RouteDocumentation(response: "IPDepositReceipt", errors: [.notFound])) { context in
                let found = try await asset(context, ipAssets)
                return try .json(IPAssetBodies.ReceiptView(try await ipAssets.receipt(for: found.id)))
            },
            Route(.put, "/api/v1/ip-assets/{asset_id}/holders", running: operations.assign,
                  summary: "Assign a new split between holders (a current holder or Union staff); when it changes other members' parts, it waits for each to sign (202)",
                  tag: "ip-assets", access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "HoldersRequest", response: "IPAsset", accepted: "IPConsentRequest",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.HoldersRequest.self, from: context.request)
                      return .init(record: try await asset(context, ipAssets), value: holdings(body.holders))
                  },
                  respond: { outcome in
                      switch outcome {
                      case let .done(asset): try .json(IPAssetBodies.AssetView(asset))
                      case let .pending(request): try waiting(request)
                      }
                  }),
            Route(.post, "/api/v1/ip-assets/{asset_id}/licences", running: operations.license,
                  summary: "Grant a licence to a city or an organisation (a current holder or Union staff)",
                  tag: "ip-assets", access: .signedIn, bodyLimit: textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "LicenceRequest", response: "IPLicence", success: .created,
                                                    errors: [.forbidden, .notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.LicenceRequest.self, from: context.request)
                      let grant = LicenceGrant(licensee: try licensee(body.licenseeId), terms: body.terms, startsOn: body.startsOn,
                                               endsOn: body.endsOn)
                      return .init(record: try await asset(context, ipAssets), value: grant)
                  },
                  respond: { try .json(IPAssetBodies.LicenceView($0), status: .created) }),
        ] + consentRoutes(ipAssets: ipAssets, operations: operations)
    }

    /// The IP acts waiting for members' consent, and the members' answers to them.
    private static func consentRoutes(ipAssets: IPAssets, operations: IPAssetOperations) -> [Route] {
        [
            Route(.get, "/api/v1/ip-consents", running: operations.listConsentRequests,
                  summary: "IP acts waiting for consent: those the signed-in member is asked to sign or asked for (Union staff: all)",
                  tag: "ip-assets", access: .signedIn,
                  documentation: RouteDocumentation(response: "IPConsentRequestList"),
                  input: { _ in () },
                  respond: { try .json(IPAssetBodies.ConsentRequestList(items: try $0.map(IPAssetBodies.ConsentRequestView.init))) }),
            Route(.get, "/api/v1/ip-consents/{request_id}", running: operations.readConsentRequest,
                  summary: "An IP act waiting for consent, with the statement each member signs", tag: "ip-assets",
                  access: .signedIn, documentation: RouteDocumentation(response: "IPConsentRequest", errors: [.forbidden, .notFound]),
                  input: { context in try await consentRequest(context, ipAssets) },
                  respond: { try .json(IPAssetBodies.ConsentRequestView($0)) }),
            Route(.post, "/api/v1/ip-consents/{request_id}/signatures", running: operations.sign,
                  summary: "Sign an IP act as a member it waits for: with the member's own signature of the statement, or without one by its custodial key; the last signature carries the act out",
                  tag: "ip-assets", access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "IPConsentSignatureRequest", response: "IPConsentOutcome",
                                                    success: .created, errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.ConsentSignatureRequest.self, from: context.request)
                      return .init(request: try await consentRequest(context, ipAssets),
                                   signature: try ContractRoutes.partySignature(body.signature))
                  },
                  respond: { try .json(IPAssetBodies.ConsentOutcomeView($0), status: .created) }),
            Route(.delete, "/api/v1/ip-consents/{request_id}", running: operations.decline,
                  summary: "Decline an IP act (a member it waits for) or withdraw it (the member who asked for it); nothing is written",
                  tag: "ip-assets", access: .signedIn,
                  documentation: RouteDocumentation(success: .noContent, errors: [.forbidden, .notFound]),
                  input: { context in try await consentRequest(context, ipAssets) },
                  respond: { HTTPResponse(status: .noContent) }),
        ]
    }

    /// 202 Accepted: the act waits for the members' signatures, found at `Location`.
    private static func waiting(_ request: IPConsentRequest) throws -> HTTPResponse {
        var response = try HTTPResponse.json(IPAssetBodies.ConsentRequestView(request), status: .accepted)
        response.headers.set("Location", "/api/v1/ip-consents/\(request.id.rawValue)")
        return response
    }

    /// The IP act waiting for consent in the path.
    static func consentRequest(_ context: RequestContext, _ ipAssets: IPAssets) async throws -> IPConsentRequest {
        try await context.record("request_id", notFound: "No IP act waits for consent there.") { try await ipAssets.consentRequest(id: $0) }
    }

    /// The IP asset in the path.
    private static func asset(_ context: RequestContext, _ ipAssets: IPAssets) async throws -> IPAsset {
        try await context.record("asset_id", notFound: "No such IP asset.") { try await ipAssets.asset(id: $0) }
    }

    /// The accounts of the members, those without one left out.
    static func accounts(of memberIDs: [MemberID], _ members: Members) async throws -> Set<String> {
        var accounts: Set<String> = []
        for id in memberIDs {
            if let account = try await members.member(id: id)?.accountID { accounts.insert(account.rawValue) }
        }
        return accounts
    }

    /// The accounts of those holders who are admitted members: the policy lets them act.
    static func admittedAccounts(_ holders: [IPHolding], _ members: Members) async throws -> Set<String> {
        var accounts: Set<String> = []
        for holding in holders {
            if let member = try await members.member(id: holding.memberID), member.status == .admitted,
               let account = member.accountID {
                accounts.insert(account.rawValue)
            }
        }
        return accounts
    }

    private static func contentHash(_ text: String) throws(APIError) -> SHA256Digest {
        guard let digest = try? SHA256Digest(hex: text.lowercased()) else {
            throw .validation([.init(pointer: "/content_sha256", detail: "content_sha256 must be 64 hex digits (a SHA-256).")])
        }
        return digest
    }

    private static func holdings(_ holders: [IPAssetBodies.Holding]) -> [IPHolding] {
        holders.map { IPHolding(memberID: $0.memberId, units: $0.units) }
    }

    /// The city or organisation a licence goes to: its id says which.
    private static func licensee(_ text: String) throws(APIError) -> IPLicensee {
        if let city = CityID(rawValue: text) { return .city(city) }
        if let member = MemberID(rawValue: text) { return .organisation(member) }
        throw .validation([.init(pointer: "/licensee_id", detail: "licensee_id must be a city id or an organisation's member id.")])
    }
}
