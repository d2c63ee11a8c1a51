import Ledger
import Registry

/// The investment session: Union staff set the pitch agenda, record the Union's option in
/// each pitched project and seal the summary; investors register; anyone reads the agenda,
/// the investors and the summary. Pledges have their own routes (`InvestmentPledgeRoutes`).
public enum InvestmentSessionRoutes {
    static let base = "/api/v1/investment-sessions/{event_id}"

    static func routes(sessions: InvestmentSessions, events: Events, members: Members, projects: Projects,
                       operations: InvestmentOperations, seal: Operation<EventID, Event>, summaries: LiveEventFeed) -> [Route] {
        [
            Route(.put, base + "/agenda", running: operations.setAgenda,
                  summary: "Set the pitch order and slots; accelerated projects move to pitched (Union staff, draft or open)",
                  tag: "investment-sessions", access: .roles([.unionStaff]), bodyLimit: 32 * 1024,
                  documentation: RouteDocumentation(request: "InvestmentAgenda", response: "InvestmentAgenda",
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(InvestmentSessionBodies.AgendaRequest.self, from: context.request)
                      return .init(record: try eventID(context), value: body.pitchSlots)
                  },
                  respond: { try .json(InvestmentSessionBodies.AgendaView($0)) }),
            Route(.get, base + "/agenda", operationID: "getInvestmentAgenda", summary: "The pitch order and slots",
                  tag: "investment-sessions", action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestmentAgenda")) { context in
                try .json(InvestmentSessionBodies.AgendaView(try await sessions.agenda(of: try eventID(context))))
            },
            Route(.post, base + "/investors", running: operations.registerInvestor,
                  summary: "Register an admitted member with an investor profile: oneself, or anyone (Union staff); while open",
                  tag: "investment-sessions", access: .signedIn, bodyLimit: 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "InvestorRegistrationRequest", response: "InvestorList", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(InvestmentSessionBodies.InvestorRequest.self, from: context.request)
                      let investor = if let named = body.memberId { named } else { try await context.callerMember(members).id }
                      return .init(record: try eventID(context), value: investor)
                  },
                  respond: { try .json(ChallengeRoutes.IDList(items: $0.map(\.rawValue)), status: .created) }),
            Route(.get, base + "/investors", operationID: "listSessionInvestors", summary: "The registered investors, by member id",
                  tag: "investment-sessions", action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestorList")) { context in
                try .json(ChallengeRoutes.IDList(items: try await sessions.investors(of: try eventID(context)).map(\.rawValue)))
            },
            Route(.post, base + "/union-option", operationID: "recordUnionOption",
                  summary: "Grant the Union's option in a project on the agenda, on its cap table (Union staff)",
                  tag: "investment-sessions", action: .runInvestmentSession, access: .roles([.unionStaff]), bodyLimit: 32 * 1024,
                  idempotentCreate: true,
                  documentation: RouteDocumentation(request: "UnionOptionRequest", response: "UnionOption", success: .created,
                                                    errors: [.notFound, .conflict])) { context in
                let project = try JSONBodyDecoder.decode(InvestmentSessionBodies.UnionOptionRequest.self, from: context.request).projectId
                var body = try JSONBodyDecoder.object(from: context.request)
                body["project_id"] = nil
                let event = try CapTableRequest.event(from: body, type: "grant_option",
                                                      fields: ["grantee": .string(PartyID.union.rawValue), "union_option": .bool(true)])
                guard case let .grantOption(grant) = event else {
                    throw APIError.validation([.init(pointer: "/type", detail: "The Union's option is an option grant.")])
                }
                let session = try eventID(context)
                let response = try await IdempotentAnswer.respond(with: { try .json(InvestmentSessionBodies.UnionOptionView($0), status: .created) }) {
                    try await sessions.recordUnionOption(grant, for: project, in: session)
                }
                await summaries.changed(session)
                return response
            },
            Route(.get, base + "/summary", operationID: "getInvestmentSummary",
                  summary: "Money pledged and accepted per project and per town, and the Union's options", tag: "investment-sessions",
                  action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestmentSummary", errors: [.notFound])) { context in
                let summary = try await sessions.summary(of: try eventID(context))
                return HTTPResponse(contentType: "application/json", body: try summary.json.canonicalBytes())
            },
            Route(.get, base + "/summary/stream", operationID: "streamInvestmentSummary",
                  summary: "The session's totals as Server-Sent Events: one `summary` event now and after every pledge, withdrawal or acceptance",
                  tag: "investment-sessions", action: .readInvestmentSessions, access: .anyone,
                  documentation: RouteDocumentation(response: "InvestmentSummary", responseContentType: "text/event-stream",
                                                    errors: [.notFound])) { context in
                let event = try eventID(context)
                guard try await events.event(id: event)?.kind == .investmentSession else {
                    throw APIError.notFound(detail: "No such investment session.")
                }
                return summaries.stream(of: event)
            },
            Route(.post, base + "/seal", running: seal,
                  summary: "Seal the closed session's summary: its SHA-256 goes into the ledger (Union staff)",
                  tag: "investment-sessions", access: .roles([.unionStaff]), bodyLimit: 0,
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound, .conflict]),
                  input: { context in try eventID(context) }, respond: { try .json(EventBodies.EventView($0)) }),
        ] + InvestmentPledgeRoutes.routes(sessions: sessions, members: members, projects: projects,
                                             operations: operations)
    }

    /// The investment session in the path.
    static func eventID(_ context: RequestContext) throws -> EventID {
        try context.parameter("event_id", notFound: "No such investment session.")
    }
}
