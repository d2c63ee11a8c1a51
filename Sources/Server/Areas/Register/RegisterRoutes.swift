import Registry

/// The register of cities and members.
enum RegisterRoutes {
    static let smallBody = 8 * 1024

    static func routes(cities: Cities, members: Members, operations: MemberOperations) -> [Route] {
        [
            Route(.get, "/api/v1/cities", operationID: "listCities", summary: "Registered cities; q finds them by name or region",
                  tag: "register", action: .readCities, access: .anyone,
                  documentation: RouteDocumentation(response: "CityPage", query: PageDocumentation.searchable)) { context in
                let query = try context.request.searchQuery()
                return try .json(try Page.of(try await cities.all().filter { query?.matches($0.name, $0.region) ?? true },
                                             request: context.request, id: \.id.rawValue, view: RegisterBodies.CityView.init))
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
                let city = try await context.record("city_id", notFound: "No such city.") { try await cities.city(id: $0) }
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
                          kind: body.kind ?? .person, name: body.name, email: body.email, phone: body.phone, cityID: body.cityId,
                          roles: Set(body.roles ?? [.resident]),
                          accountID: AccountID(unchecked: try context.signedIn.accountID), details: try body.details())
                  },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true), status: .created) }),
            Route(.get, "/api/v1/members", operationID: "listMembers", summary: "Members, with personal data; q finds them by name or email",
                  tag: "register", action: .listMembers, access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "MemberPage", query: PageDocumentation.searchable)) { context in
                let query = try context.request.searchQuery()
                let found = try await members.all().filter { query?.matches($0.name ?? "", $0.email ?? "") ?? true }
                return try .json(try Page.of(found, request: context.request, id: \.id.rawValue) {
                    RegisterBodies.MemberView($0, showPersonalData: true)
                })
            },
            Route(.get, "/api/v1/members/{member_id}", operationID: "getMember",
                  summary: "A member (personal data and the application's details only for the member and Union staff)", tag: "register",
                  action: .readMember, access: .anyone,
                  documentation: RouteDocumentation(response: "Member", errors: [.notFound])) { context in
                let member = try await member(context, members)
                let owner = Policy.Resource.ownedBy(accountID: member.accountID?.rawValue ?? "")
                let personal = Policy.decide(actor: context.actor, action: .readMemberPersonalData, resource: owner) == .allow
                let application = personal ? RegisterBodies.ApplicationView(try await members.applicationDetails(of: member.id),
                                                                            refusal: try await members.refusal(of: member.id)) : nil
                return try .json(RegisterBodies.MemberView(member, showPersonalData: personal, application: application))
            },
            Route(.put, "/api/v1/members/{member_id}/status", running: operations.decide,
                  summary: "Admit, suspend or end a membership", tag: "register",
                  access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "StatusRequest", response: "Member", errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(RegisterBodies.StatusRequest.self, from: context.request)
                      return .init(record: try await member(context, members), value: body.status)
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
                let member = try await members.setRoles(Set(body.roles), of: try member(context, members).id)
                return try .json(RegisterBodies.MemberView(member, showPersonalData: true))
            },
            Route(.post, "/api/v1/members/{member_id}/erasure", running: operations.erase,
                  summary: "Erase a member's personal data (the member or Union staff)", tag: "register",
                  access: .signedIn, documentation: RouteDocumentation(response: "Member", errors: [.forbidden, .notFound]),
                  input: { context in try await member(context, members) },
                  respond: { try .json(RegisterBodies.MemberView($0, showPersonalData: true)) }),
        ]
    }

    /// The member in the path.
    static func member(_ context: RequestContext, _ members: Members) async throws -> Member {
        try await context.record("member_id", notFound: "No such member.") { try await members.member(id: $0) }
    }
}
