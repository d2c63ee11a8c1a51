import Registry

/// Communities of the towns (city, professional, business) and their members. Anyone
/// reads; Union staff create communities and change their membership.
public enum CommunityRoutes {
    static let smallBody = 8 * 1024

    static let listQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only communities of this kind."),
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only communities of this city."),
    ]

    public static func routes(communities: Communities) -> [Route] {
        [
            Route(.get, "/api/v1/communities", operationID: "listCommunities", summary: "Communities, oldest first",
                  tag: "communities", action: .readCommunities, access: .anyone,
                  documentation: RouteDocumentation(response: "CommunityPage", query: listQuery)) { context in
                let query = try QueryParameters(context.request)
                let kind = try query.value("kind", as: CommunityKind.self)
                let city = try query.value("city_id", as: CityID.self)
                let words = try context.request.searchQuery()
                let found = try await communities.all(kind: kind, cityID: city).filter { words?.matches($0.name) ?? true }
                return try .json(try Page.of(found, request: context.request,
                                             id: \.id.rawValue, view: CommunityBodies.CommunityView.init))
            },
            Route(.post, "/api/v1/communities", operationID: "createCommunity", summary: "Create a community",
                  tag: "communities", action: .createCommunity, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "CreateCommunityRequest", response: "Community",
                                                    success: .created, errors: [.conflict])) { context in
                let body = try JSONBodyDecoder.decode(CommunityBodies.CreateCommunityRequest.self, from: context.request)
                return try await IdempotentAnswer.respond(with: { try .json(CommunityBodies.CommunityView($0), status: .created) }) {
                    try await communities.create(kind: body.kind, name: body.name, cityID: body.cityId)
                }
            },
            Route(.get, "/api/v1/communities/{community_id}", operationID: "getCommunity", summary: "A community",
                  tag: "communities", action: .readCommunities, access: .anyone,
                  documentation: RouteDocumentation(response: "Community", errors: [.notFound])) { context in
                let community = try await context.record("community_id", notFound: "No such community.") {
                    try await communities.community(id: $0)
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
                return try .json(CommunityBodies.CommunityView(try await communities.add(body.memberId, to: try communityID(context))))
            },
            Route(.delete, "/api/v1/communities/{community_id}/members/{member_id}", operationID: "removeCommunityMember",
                  summary: "Remove a member from a community", tag: "communities", action: .changeCommunityMembers,
                  access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "Community", errors: [.notFound])) { context in
                let member = try context.parameter("member_id", as: MemberID.self, notFound: "No such member in this community.")
                return try .json(CommunityBodies.CommunityView(try await communities.remove(member, from: try communityID(context))))
            },
        ]
    }

    private static func communityID(_ context: RequestContext) throws(APIError) -> CommunityID {
        try context.parameter("community_id", notFound: "No such community.")
    }
}
