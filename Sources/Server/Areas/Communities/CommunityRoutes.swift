import Registry

/// Communities of the towns (city, professional, business) and their members. Anyone
/// reads; Union staff create communities and change their membership.
public enum CommunityRoutes {
    static let smallBody = 8 * 1024

    static let listQuery = PageDocumentation.query + [
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only communities of this kind."),
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only communities of this city."),
    ]

    public static func routes(communities: Communities) -> [Route] {
        [
            Route(.get, "/api/v1/communities", operationID: "listCommunities", summary: "Communities, oldest first",
                  tag: "communities", action: .readCommunities, access: .anyone,
                  documentation: RouteDocumentation(response: "CommunityPage", query: listQuery)) { context in
                let query = try QueryParameters(context.request)
                let kind = try query["kind"].map { try RegisterRoutes.parse($0, as: CommunityKind.self, pointer: "/kind") }
                let city = try query["city_id"].map { try RegisterRoutes.cityID($0) }
                return try .json(try Page.of(try await communities.all(kind: kind, cityID: city), request: context.request,
                                             id: \.id.rawValue, view: CommunityBodies.CommunityView.init))
            },
            Route(.post, "/api/v1/communities", operationID: "createCommunity", summary: "Create a community",
                  tag: "communities", action: .createCommunity, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateCommunityRequest", response: "Community",
                                                    success: .created, errors: [.conflict])) { context in
                let body = try JSONBodyDecoder.decode(CommunityBodies.CreateCommunityRequest.self, from: context.request)
                let kind = try RegisterRoutes.parse(body.kind, as: CommunityKind.self, pointer: "/kind")
                let city = try body.cityId.map { try RegisterRoutes.cityID($0) }
                return try await IdempotentAnswer.respond(with: { try .json(CommunityBodies.CommunityView($0), status: .created) }) {
                    try await communities.create(kind: kind, name: body.name, cityID: city)
                }
            },
            Route(.get, "/api/v1/communities/{community_id}", operationID: "getCommunity", summary: "A community",
                  tag: "communities", action: .readCommunities, access: .anyone,
                  documentation: RouteDocumentation(response: "Community", errors: [.notFound])) { context in
                let id = try communityID(context)
                guard let community = try await communities.community(id: id) else {
                    throw APIError.notFound(detail: "No such community.")
                }
                return try .json(CommunityBodies.CommunityView(community))
            },
            Route(.post, "/api/v1/communities/{community_id}/members", operationID: "addCommunityMember",
                  summary: "Add an admitted member to a community (adding one already there changes nothing)",
                  tag: "communities", action: .changeCommunityMembers, access: .roles([.unionStaff]),
                  bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "AddCommunityMemberRequest", response: "Community",
                                                    errors: [.notFound, .conflict])) { context in
                let body = try JSONBodyDecoder.decode(CommunityBodies.AddMemberRequest.self, from: context.request)
                let member = try RegisterRoutes.memberID(body.memberId, pointer: "/member_id")
                return try .json(CommunityBodies.CommunityView(try await communities.add(member, to: try communityID(context))))
            },
            Route(.delete, "/api/v1/communities/{community_id}/members/{member_id}", operationID: "removeCommunityMember",
                  summary: "Remove a member from a community", tag: "communities", action: .changeCommunityMembers,
                  access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "Community", errors: [.notFound])) { context in
                guard let member = MemberID(rawValue: try context.parameter("member_id")) else {
                    throw APIError.notFound(detail: "No such member in this community.")
                }
                return try .json(CommunityBodies.CommunityView(try await communities.remove(member, from: try communityID(context))))
            },
        ]
    }

    private static func communityID(_ context: RequestContext) throws(APIError) -> CommunityID {
        guard let id = CommunityID(rawValue: try context.parameter("community_id")) else {
            throw .notFound(detail: "No such community.")
        }
        return id
    }
}
