import Registry

/// Pledges at an investment session: an investor pledges and withdraws its own; the
/// project's lead or Union staff accept; anyone reads them, the conditions only the
/// investor, the lead and staff.
enum InvestmentPledgeRoutes {
    static let base = InvestmentSessionRoutes.base + "/pledges"

    static func routes(sessions: InvestmentSessions, members: Members, projects: Projects,
                       operations: InvestmentOperations) -> [Route] {
        let access = PledgeAccess(members: members, projects: projects)
        return [
            Route(.post, base, running: operations.pledge,
                  summary: "Pledge to a project on the agenda, as tranches or equity (a registered investor, while running)",
                  tag: "investment-sessions", access: .signedIn, bodyLimit: 16 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "PledgeRequest", response: "Pledge", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(InvestmentSessionBodies.PledgeRequest.self, from: context.request)
                      return .init(event: try InvestmentSessionRoutes.eventID(context), draft: try body.draft)
                  },
                  respond: { pledge in try .json(InvestmentSessionBodies.PledgeView(pledge, showingConditions: true), status: .created) }),
            Route(.get, base, operationID: "listPledges", summary: "The session's pledges in the order they were made",
                  tag: "investment-sessions", action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "PledgePage", query: PageDocumentation.query)) { context in
                let pledges = try await sessions.pledges(of: try InvestmentSessionRoutes.eventID(context))
                var shown: [PledgeID: Bool] = [:]
                for pledge in pledges { shown[pledge.id] = try await access.showsConditions(pledge, to: context) }
                return try .json(try Page.of(pledges, request: context.request, id: \.id.rawValue) { pledge in
                    InvestmentSessionBodies.PledgeView(pledge, showingConditions: shown[pledge.id] ?? false)
                })
            },
            Route(.get, base + "/{pledge_id}", operationID: "getPledge", summary: "One pledge", tag: "investment-sessions",
                  action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "Pledge", errors: [.notFound])) { context in
                let pledge = try await pledge(context, sessions)
                return try .json(InvestmentSessionBodies.PledgeView(pledge, showingConditions: try await access.showsConditions(pledge, to: context)))
            },
            Route(.post, base + "/{pledge_id}/withdraw", running: operations.withdraw,
                  summary: "Withdraw a standing pledge (its investor, while running)", tag: "investment-sessions",
                  access: .signedIn, bodyLimit: 0,
                  documentation: RouteDocumentation(response: "Pledge", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in try await pledge(context, sessions) },
                  respond: { withdrawn in try .json(InvestmentSessionBodies.PledgeView(withdrawn, showingConditions: true)) }),
            Route(.post, base + "/{pledge_id}/accept", running: operations.accept,
                  summary: "Accept a pledge: tranches become a proposed contract, equity a priced round (the project's lead or Union staff)",
                  tag: "investment-sessions", access: .signedIn, bodyLimit: 0,
                  documentation: RouteDocumentation(response: "Pledge", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in try await pledge(context, sessions) },
                  respond: { accepted in try .json(InvestmentSessionBodies.PledgeView(accepted, showingConditions: true)) }),
        ]
    }

    /// The pledge in the path, of the session in the path.
    private static func pledge(_ context: RequestContext, _ sessions: InvestmentSessions) async throws -> Pledge {
        let event = try InvestmentSessionRoutes.eventID(context)
        return try await context.record("pledge_id", notFound: "No such pledge at this session.") { id in
            try await sessions.pledge(id: id).flatMap { $0.eventID == event ? $0 : nil }
        }
    }
}
