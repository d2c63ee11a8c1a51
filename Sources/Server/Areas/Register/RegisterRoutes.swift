import Registry

/// The register of cities and members.
enum RegisterRoutes {
    static let smallBody = 8 * 1024

    static func routes(cities: Cities, members: Members, operations: MemberOperations) -> [Route] {
        [
            Route(.get, "/api/v1/cities", operationID: "listCities", summary: "Registered cities", tag: "register",
                  action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "CityPage", query: PageDocumentation.query)) { context in
                try .json(try Page.of(try await cities.all(), request: context.request, id: \.id.rawValue,
                                      view: RegisterBodies.CityView.init))
            },
            Route(.post, "/api/v1/cities", operationID: "registerCity", summary: "Register a city", tag: "register",
                  action: .registerCity, access: .roles([.unionStaff]), bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "RegisterCityRequest", response: "City", success: .created,
                                                    errors: [.conflict])) { context in
                let body = try JSONBodyDecoder.decode(RegisterBodies.RegisterCityRequest.self, from: context.request)
                return try await IdempotentAnswer.respond(with: { try .json(RegisterBodies.CityView($0), status: .created) }) {
                    try await cities.register(name: body.name, region: body.region, population: body.population)
                }
            },
            Route(.get, "/api/v1/cities/{city_id}", operationID: "getCity", summary: "A city", tag: "register",
                  action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "City", errors: [.notFound])) { context in
                guard let id = CityID(rawValue: try context.parameter("city_id")), let city = try await cities.city(id: id) else {
                    throw APIError.notFound(detail: "No such city.")
                }
                return try .json(RegisterBodies.CityView(city))
            },
            Route(.post, "/api/v1/members", running: operations.apply,
                  summary: "Apply for membership of the Union (for the signed-in account)", tag: "register",
                  access: .signedIn, bodyLimit: smallBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ApplyRequest", response: "Member", success: .created,
                                                    errors: [.conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RegisterBodies.ApplyRequest.self, from: context.request)
                      return MemberApplication(
                          kind: try parse(body.kind ?? "person", as: MemberKind.self, pointer: "/kind"), name: body.name,
                          email: body.email, phone: body.phone, cityID: try body.cityId.map { try cityID($0) },
                          roles: Set(try (body.roles ?? ["resident"]).enumerated().map { try parse($1, as: MemberRole.self, pointer: "/roles/\($0)") }),
                          accountID: AccountID(rawValue: try context.signedIn.accountID))
                  },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true), status: .created) }),
            Route(.get, "/api/v1/members", operationID: "listMembers", summary: "Members, with personal data",
                  tag: "register", action: .listMembers, access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "MemberPage", query: PageDocumentation.query)) { context in
                try .json(try Page.of(try await members.all(), request: context.request, id: \.id.rawValue) {
                    RegisterBodies.MemberView($0, showPersonalData: true)
                })
            },
            Route(.get, "/api/v1/members/{member_id}", operationID: "getMember",
                  summary: "A member (personal data only for the member and Union staff)", tag: "register",
                  action: .readMember, access: .anyone,
                  documentation: RouteDocumentation(response: "Member", errors: [.notFound])) { context in
                let member = try await member(context, members)
                let owner = Policy.Resource.ownedBy(accountID: member.accountID?.rawValue ?? "")
                let personal = Policy.decide(actor: context.actor, action: .readMemberPersonalData, resource: owner) == .allow
                return try .json(RegisterBodies.MemberView(member, showPersonalData: personal))
            },
            Route(.put, "/api/v1/members/{member_id}/status", running: operations.decide,
                  summary: "Admit, suspend or end a membership", tag: "register",
                  access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "StatusRequest", response: "Member", errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RegisterBodies.StatusRequest.self, from: context.request)
                      let status = try parse(body.status, as: MembershipStatus.self, pointer: "/status")
                      return .init(record: try await member(context, members), value: status)
                  },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true)) }),
            Route(.post, "/api/v1/members/{member_id}/refusal", running: operations.refuse,
                  summary: "Refuse an application for membership, with the reason the applicant reads (kept off the ledger)",
                  tag: "register", access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "RefusalRequest", response: "Member", errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RegisterBodies.RefusalRequest.self, from: context.request)
                      return .init(record: try await member(context, members), value: body.reason)
                  },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true)) }),
            Route(.put, "/api/v1/members/{member_id}/roles", operationID: "setMemberRoles", summary: "Set a member's roles",
                  tag: "register", action: .setMemberRoles, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "RolesRequest", response: "Member", errors: [.notFound])) { context in
                let body = try JSONBodyDecoder.decode(RegisterBodies.RolesRequest.self, from: context.request)
                let roles = try body.roles.enumerated().map { try parse($1, as: MemberRole.self, pointer: "/roles/\($0)") }
                let member = try await members.setRoles(Set(roles), of: try member(context, members).id)
                return try .json(RegisterBodies.MemberView(member, showPersonalData: true))
            },
            Route(.post, "/api/v1/members/{member_id}/erasure", running: operations.erase,
                  summary: "Erase a member's personal data (the member or Union staff)", tag: "register",
                  access: .signedIn, documentation: RouteDocumentation(response: "Member", errors: [.forbidden, .notFound]),
                  input: { context in try await member(context, members) },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true)) }),
        ]
    }

    private static func member(_ context: RequestContext, _ members: Members) async throws -> Member {
        try await MemberOperations.member(try context.parameter("member_id"), in: members)
    }

    static func cityID(_ text: String) throws(APIError) -> CityID {
        guard let id = CityID(rawValue: text) else {
            throw .validation([.init(pointer: "/city_id", detail: "city_id is not a city id.")])
        }
        return id
    }

    static func memberID(_ text: String, pointer: String) throws(APIError) -> MemberID {
        guard let id = MemberID(rawValue: text) else {
            throw .validation([.init(pointer: pointer, detail: "'\(text)' is not a member id.")])
        }
        return id
    }

    static func parse<T: RawRepresentable & CaseIterable>(_ text: String, as type: T.Type, pointer: String)
        throws(APIError) -> T where T.RawValue == String {
        guard let value = T(rawValue: text) else {
            let known = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw .validation([.init(pointer: pointer, detail: "'\(text)' is not one of \(known).")])
        }
        return value
    }
}
