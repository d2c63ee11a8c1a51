import Registry

/// Members' mentor and investor profiles and facilitator records. The public reads
/// those of admitted members; a member reads and edits its own at any time, Union staff
/// any. Profiles of a member who is not admitted are answered 404 to everyone else, as
/// if absent.
enum ProfileRoutes {
    static let smallBody = 16 * 1024
    static let mentorQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("competency", type: "string", description: "Only mentors with this competency tag."),
        RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only mentors serving this town."),
    ]
    static let investorQuery = PageDocumentation.searchable + [
        RouteDocumentation.QueryParameter("direction", type: "string", description: "Only investors interested in this direction."),
        RouteDocumentation.QueryParameter("kind", type: "string", description: "Only investors of this kind."),
        RouteDocumentation.QueryParameter("ticket_kopecks", type: "integer",
                                          description: "Only investors whose ticket range includes this amount."),
    ]

    static func routes(profiles: Profiles, members: Members, operations: ProfileOperations) -> [Route] {
        [
            Route(.get, "/api/v1/mentors", operationID: "listMentors",
                  summary: "Admitted members' mentor profiles, filtered and searched (by competencies)", tag: "profiles",
                  action: .readProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "MentorProfilePage", query: mentorQuery)) { context in
                let query = try QueryParameters(context.request)
                let filter = MentorFilter(competency: query["competency"],
                                          cityID: try query.value("city_id"))
                let page = try await profiles.mentorProfiles(filter, matching: try context.request.searchQuery(),
                                                             page: try context.request.pageRequest())
                return try .json(Page.from(page, view: ProfileBodies.MentorProfileView.init))
            },
            Route(.get, "/api/v1/investors", operationID: "listInvestors",
                  summary: "Admitted members' investor profiles, filtered and searched (by directions and kind)",
                  tag: "profiles", action: .readProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestorProfilePage", query: investorQuery)) { context in
                let query = try QueryParameters(context.request)
                let ticket = try query["ticket_kopecks"].map { text throws(APIError) in
                    guard let amount = Int64(text), amount >= 0 else {
                        throw .validation([.init(pointer: "/ticket_kopecks", detail: "ticket_kopecks must be a whole number of kopecks.")])
                    }
                    return amount
                }
                let filter = InvestorFilter(
                    direction: query["direction"],
                    kind: try query.value("kind"),
                    ticketKopecks: ticket)
                let page = try await profiles.investorProfiles(filter, matching: try context.request.searchQuery(),
                                                               page: try context.request.pageRequest())
                return try .json(Page.from(page, view: ProfileBodies.InvestorProfileView.init))
            },
            Route(.get, "/api/v1/facilitators", operationID: "listFacilitators",
                  summary: "The registry of facilitators: admitted members who completed the Union's facilitation training",
                  tag: "profiles", action: .readProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "FacilitatorRecordPage", query: PageDocumentation.query + [
                      RouteDocumentation.QueryParameter("city_id", type: "string", description: "Only facilitators of this town."),
                  ])) { context in
                let city: CityID? = try QueryParameters(context.request).value("city_id")
                let page = try await profiles.facilitatorRecords(of: city, page: try context.request.pageRequest())
                return try .json(Page.from(page, view: ProfileBodies.FacilitatorRecordView.init))
            },
            Route(.get, "/api/v1/members/{member_id}/mentor-profile", operationID: "getMentorProfile",
                  summary: "A member's mentor profile", tag: "profiles", action: .readProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "MentorProfile", errors: [.notFound])) { context in
                let member = try await readable(context, members)
                guard let profile = try await profiles.mentorProfile(of: member.id) else {
                    throw APIError.notFound(detail: "This member has no mentor profile.")
                }
                return try .json(ProfileBodies.MentorProfileView(profile))
            },
            Route(.put, "/api/v1/members/{member_id}/mentor-profile", running: operations.setMentor,
                  summary: "Set a member's mentor profile (the member or Union staff)", tag: "profiles",
                  access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "MentorProfileRequest", response: "MentorProfile",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let member = try await RegisterRoutes.member(context, members)
                      let body = try JSONBodyDecoder.decode(ProfileBodies.MentorProfileRequest.self, from: context.request)
                      return .init(record: member, value: .init(competencies: body.competencies, weeklyHours: body.weeklyHours,
                                                                cityIDs: body.cityIds))
                  },
                  respond: { try .json(ProfileBodies.MentorProfileView($0)) }),
            Route(.get, "/api/v1/members/{member_id}/investor-profile", operationID: "getInvestorProfile",
                  summary: "A member's investor profile", tag: "profiles", action: .readProfiles, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestorProfile", errors: [.notFound])) { context in
                let member = try await readable(context, members)
                guard let profile = try await profiles.investorProfile(of: member.id) else {
                    throw APIError.notFound(detail: "This member has no investor profile.")
                }
                return try .json(ProfileBodies.InvestorProfileView(profile))
            },
            Route(.put, "/api/v1/members/{member_id}/investor-profile", running: operations.setInvestor,
                  summary: "Set a member's investor profile (the member or Union staff)", tag: "profiles",
                  access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "InvestorProfileRequest", response: "InvestorProfile",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let member = try await RegisterRoutes.member(context, members)
                      let body = try JSONBodyDecoder.decode(ProfileBodies.InvestorProfileRequest.self, from: context.request)
                      let ticket = try TicketRange(minimumKopecks: body.ticketMinKopecks, maximumKopecks: body.ticketMaxKopecks)
                      return .init(record: member, value: .init(kind: body.kind, ticket: ticket, directions: body.directions))
                  },
                  respond: { try .json(ProfileBodies.InvestorProfileView($0)) }),
            Route(.get, "/api/v1/members/{member_id}/facilitator", operationID: "getFacilitatorRecord",
                  summary: "A member's entry in the registry of facilitators", tag: "profiles", action: .readProfiles,
                  access: .anyone,
                  documentation: RouteDocumentation(response: "FacilitatorRecord", errors: [.notFound])) { context in
                let member = try await readable(context, members)
                guard let record = try await profiles.facilitatorRecord(of: member.id) else {
                    throw APIError.notFound(detail: "This member is not a registered facilitator.")
                }
                return try .json(ProfileBodies.FacilitatorRecordView(record))
            },
            Route(.put, "/api/v1/members/{member_id}/facilitator", running: operations.setFacilitator,
                  summary: "Record the day a member completed facilitation training (the member or Union staff)",
                  tag: "profiles", access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "FacilitatorRecordRequest", response: "FacilitatorRecord",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let member = try await RegisterRoutes.member(context, members)
                      let body = try JSONBodyDecoder.decode(ProfileBodies.FacilitatorRecordRequest.self, from: context.request)
                      return .init(record: member, value: body.trainingCompletedOn)
                  },
                  respond: { try .json(ProfileBodies.FacilitatorRecordView($0)) }),
        ]
    }

    /// The member, if the caller may see its profiles: anyone for an admitted member,
    /// otherwise only the member itself and Union staff.
    private static func readable(_ context: RequestContext, _ members: Members) async throws -> Member {
        let found = try await RegisterRoutes.member(context, members)
        guard found.status != .admitted else { return found }
        let owner = Policy.Resource.ownedBy(accountID: found.accountID?.rawValue ?? "")
        guard Policy.decide(actor: context.actor, action: .readUnlistedProfile, resource: owner) == .allow else {
            throw APIError.notFound(detail: "No such member among those the Union has admitted.")
        }
        return found
    }

}
