import Ledger
import Registry

/// The Glocal City Game: Union staff set it up and seal it; admitted members register,
/// put ideas forward and form teams; the commission approves ideas; anyone reads.
enum GameRoutes {
    static let smallBody = 8 * 1024

    static func routes(games: Games, events: Events, operations: GameOperations, seal: Operation<EventID, Event>) -> [Route] {
        [
            Route(.get, "/api/v1/games/{event_id}", operationID: "getGame", summary: "A Game and its settings", tag: "games",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "Game", errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(GameBodies.GameView(event: EventBodies.EventView(found),
                                                     settings: try await games.settings(of: found.id).map(GameBodies.SettingsView.init)))
            },
            Route(.put, "/api/v1/games/{event_id}/settings", running: operations.configure,
                  summary: "Set a Game's directions, team size limit, selection rule, commission and facilitators while draft or open (Union staff)",
                  tag: "games", access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "GameSettingsRequest", response: "GameSettings",
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let found = try await game(context, events)
                      let body = try JSONBodyDecoder.decode(GameBodies.SettingsRequest.self, from: context.request)
                      guard let rule = SelectionRule(name: body.selectionRule, count: body.selectionCount) else {
                          throw APIError.validation([.init(pointer: "/selection_rule",
                                                           detail: "selection_rule must be threshold or top, with a selection_count of at least 1.")])
                      }
                      return .init(record: found.id, value: GameSettings(directions: body.directions, teamSizeLimit: body.teamSizeLimit,
                                                                         selection: rule, commission: body.commissionMemberIds ?? [],
                                                                         facilitators: body.facilitatorMemberIds ?? []))
                  },
                  respond: { try .json(GameBodies.SettingsView($0)) }),
            Route(.get, "/api/v1/games/{event_id}/participants", operationID: "listGameParticipants",
                  summary: "A Game's participants, in the order registered", tag: "games", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameParticipantPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.participants(of: found.id), request: context.request,
                                             id: \.rawValue, view: { GameBodies.ParticipantView(memberId: $0.rawValue) }))
            },
            Route(.post, "/api/v1/games/{event_id}/participants", running: operations.register,
                  summary: "Register the signed-in account's member for an open Game (admitted members)", tag: "games",
                  access: .signedIn, idempotentCreate: true,
                  documentation: RouteDocumentation(response: "GameParticipant", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in try await game(context, events).id },
                  respond: { try .json(GameBodies.ParticipantView(memberId: $0.rawValue), status: .created) }),
            Route(.get, "/api/v1/games/{event_id}/ideas", operationID: "listGameIdeas",
                  summary: "A Game's ideas in the order submitted, with their approvals", tag: "games",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameIdeaPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.ideas(of: found.id), request: context.request,
                                             id: \.projectID.rawValue, view: GameBodies.IdeaView.init))
            },
            Route(.post, "/api/v1/games/{event_id}/ideas", running: operations.submit,
                  summary: "Put an idea forward in a running Game: a project led by the caller, optionally with an IP deposit (participants)",
                  tag: "games", access: .signedIn, bodyLimit: ProjectRoutes.textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "GameIdeaRequest", response: "GameIdea", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let found = try await game(context, events)
                      let body = try JSONBodyDecoder.decode(GameBodies.IdeaRequest.self, from: context.request)
                      let hash = try body.contentSha256.map { text throws(APIError) in
                          guard let digest = try? SHA256Digest(hex: text) else {
                              throw .validation([.init(pointer: "/content_sha256", detail: "content_sha256 must be 64 hex digits.")])
                          }
                          return digest
                      }
                      return .init(record: found.id, value: IdeaSubmission(title: body.title, summary: body.summary, direction: body.direction,
                                                                           cityID: body.cityId, contentSHA256: hash))
                  },
                  respond: { try .json(GameBodies.IdeaView($0), status: .created) }),
            Route(.post, "/api/v1/games/{event_id}/ideas/{project_id}/team", running: operations.join,
                  summary: "Join an idea's team in a running Game (participants on no team yet)", tag: "games", access: .signedIn,
                  documentation: RouteDocumentation(response: "Project", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in .init(record: try await game(context, events).id, value: try projectID(context)) },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.put, "/api/v1/games/{event_id}/ideas/{project_id}/team/{member_id}", running: operations.setRole,
                  summary: "Make a team member the lead or a member (the team's lead or Union staff)", tag: "games",
                  access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "GameTeamRoleRequest", response: "Project",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let place = try await teamPlace(context, events)
                      let body = try JSONBodyDecoder.decode(GameBodies.RoleRequest.self, from: context.request)
                      return .init(record: place, value: body.role)
                  },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.delete, "/api/v1/games/{event_id}/ideas/{project_id}/team/{member_id}", running: operations.leave,
                  summary: "Take a member off an idea's team (the member itself, the team's lead or Union staff)", tag: "games",
                  access: .signedIn, documentation: RouteDocumentation(response: "Project", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in try await teamPlace(context, events) },
                  respond: { try .json(ProjectBodies.ProjectView($0)) }),
            Route(.post, "/api/v1/games/{event_id}/ideas/{project_id}/approvals", running: operations.approve,
                  summary: "Approve an idea, once per commission member, while the Game runs (the commission)", tag: "games",
                  access: .signedIn,
                  documentation: RouteDocumentation(response: "GameIdea", success: .created, errors: [.forbidden, .notFound, .conflict]),
                  input: { context in .init(record: try await game(context, events).id, value: try projectID(context)) },
                  respond: { try .json(GameBodies.IdeaView($0), status: .created) }),
            Route(.delete, "/api/v1/games/{event_id}/ideas/{project_id}/approvals", running: operations.withdrawApproval,
                  summary: "Withdraw the caller's approval of an idea while the Game runs (the commission)", tag: "games",
                  access: .signedIn, documentation: RouteDocumentation(response: "GameIdea", errors: [.forbidden, .notFound, .conflict]),
                  input: { context in .init(record: try await game(context, events).id, value: try projectID(context)) },
                  respond: { try .json(GameBodies.IdeaView($0)) }),
            Route(.get, "/api/v1/games/{event_id}/ranking", operationID: "getGameRanking",
                  summary: "The ideas ranked under the Game's selection rule as they stand (sealed results: /events/{event_id}/results)",
                  tag: "games", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameRankingPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.results(of: found.id), request: context.request,
                                             id: \.idea.projectID.rawValue, view: GameBodies.ResultView.init))
            },
            Route(.post, "/api/v1/games/{event_id}/seal", running: seal,
                  summary: "Seal a closed Game: publish the ranking and move the selected projects to selected (Union staff)",
                  tag: "games", access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound, .conflict]),
                  input: { context in try await game(context, events).id }, respond: { try .json(EventBodies.EventView($0)) }),
        ]
    }

    /// The Game in the path.
    private static func game(_ context: RequestContext, _ events: Events) async throws -> Event {
        try await context.event(.game, in: events, notFound: "No such game.")
    }

    /// The idea (its project) in the path.
    private static func projectID(_ context: RequestContext) throws -> ProjectID {
        try context.parameter("project_id", notFound: "No such idea.")
    }

    /// The place on a team the path names.
    private static func teamPlace(_ context: RequestContext, _ events: Events) async throws -> GameOperations.TeamPlace {
        .init(game: try await game(context, events).id, idea: try projectID(context),
              member: try context.parameter("member_id", notFound: "No such member."))
    }
}
