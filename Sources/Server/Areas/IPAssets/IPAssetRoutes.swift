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
                let kind = try QueryParameters(context.request)["kind"].map {
                    try RegisterRoutes.parse($0, as: IPAssetKind.self, pointer: "/kind")
                }
                let page = try await ipAssets.assets(kind: kind, matching: try context.request.searchQuery(),
                                                     page: try context.request.pageRequest())
                return try .json(Page.from(page, view: IPAssetBodies.AssetView.init))
            },
            Route(.post, "/api/v1/ip-assets", running: operations.deposit,
                  summary: "Deposit an IP asset (a holder who is an admitted member, or Union staff)", tag: "ip-assets",
                  access: .signedIn, bodyLimit: textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "DepositRequest", response: "IPDeposit", success: .created,
                                                    errors: [.forbidden, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.DepositRequest.self, from: context.request)
                      return IPDeposit(kind: try RegisterRoutes.parse(body.kind, as: IPAssetKind.self, pointer: "/kind"), title: body.title,
                                       description: body.description, contentSHA256: try contentHash(body.contentSha256),
                                       holders: try holdings(body.holders))
                  },
                  respond: { asset, receipt in
                      try .json(IPAssetBodies.DepositedView(asset: .init(asset), receipt: .init(receipt)), status: .created)
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
                  summary: "Assign a new split between holders (a current holder or Union staff)", tag: "ip-assets",
                  access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "HoldersRequest", response: "IPAsset", errors: [.forbidden, .notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.HoldersRequest.self, from: context.request)
                      let holders = try holdings(body.holders)
                      return .init(record: try await asset(context, ipAssets), value: holders)
                  },
                  respond: { try .json(IPAssetBodies.AssetView($0)) }),
            Route(.post, "/api/v1/ip-assets/{asset_id}/licences", running: operations.license,
                  summary: "Grant a licence to a city or an organisation (a current holder or Union staff)",
                  tag: "ip-assets", access: .signedIn, bodyLimit: textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "LicenceRequest", response: "IPLicence", success: .created,
                                                    errors: [.forbidden, .notFound]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(IPAssetBodies.LicenceRequest.self, from: context.request)
                      let grant = LicenceGrant(licensee: try licensee(body.licenseeId), terms: body.terms,
                                               startsOn: try .parse(body.startsOn, pointer: "/starts_on"),
                                               endsOn: try .parse(body.endsOn, pointer: "/ends_on"))
                      return .init(record: try await asset(context, ipAssets), value: grant)
                  },
                  respond: { try .json(IPAssetBodies.LicenceView($0), status: .created) }),
        ]
    }

    private static func asset(_ context: RequestContext, _ ipAssets: IPAssets) async throws -> IPAsset {
        guard let id = IPAssetID(rawValue: try context.parameter("asset_id")), let asset = try await ipAssets.asset(id: id) else {
            throw APIError.notFound(detail: "No such IP asset.")
        }
        return asset
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

    private static func holdings(_ holders: [IPAssetBodies.Holding]) throws(APIError) -> [IPHolding] {
        var result: [IPHolding] = []
        for (index, holding) in holders.enumerated() {
            guard let id = MemberID(rawValue: holding.memberId) else {
                throw .validation([.init(pointer: "/holders/\(index)/member_id", detail: "member_id is not a member id.")])
            }
            result.append(IPHolding(memberID: id, units: ShareUnits(holding.units)))
        }
        return result
    }

    private static func licensee(_ text: String) throws(APIError) -> IPLicensee {
        if let city = CityID(rawValue: text) { return .city(city) }
        if let member = MemberID(rawValue: text) { return .organisation(member) }
        throw .validation([.init(pointer: "/licensee_id", detail: "licensee_id must be a city id or an organisation's member id.")])
    }
}
