import Ledger
import Registry

/// The Glocal City Game: Union staff set it up and seal it; admitted members register,
/// put ideas forward and form teams; the commission approves ideas; anyone reads.
public enum GameRoutes {
    static let smallBody = 8 * 1024

    public static func routes(games: Games, events: Events, projects: Projects, members: Members) -> [Route] {
        [
            Route(.get, "/api/v1/games/{event_id}", operationID: "getGame", summary: "A Game and its settings", tag: "games",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "Game", errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(GameBodies.GameView(event: EventBodies.EventView(found),
                                                     settings: try await games.settings(of: found.id).map(GameBodies.SettingsView.init)))
            },
            Route(.put, "/api/v1/games/{event_id}/settings", operationID: "setGameSettings",
                  summary: "Set a Game's directions, team size limit, selection rule and commission while draft or open (Union staff)",
                  tag: "games", action: .manageEvents, access: .roles([.unionStaff]), bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "GameSettingsRequest", response: "GameSettings",
                                                    errors: [.notFound, .conflict])) { context in
                let found = try await game(context, events)
                let body = try JSONBodyDecoder.decode(GameBodies.SettingsRequest.self, from: context.request)
                guard let rule = SelectionRule(name: body.selectionRule, count: body.selectionCount) else {
                    throw APIError.validation([.init(pointer: "/selection_rule",
                                                     detail: "selection_rule must be threshold or top, with a selection_count of at least 1.")])
                }
                let commission = try (body.commissionMemberIds ?? []).enumerated().map { index, text in
                    try RegisterRoutes.memberID(text, pointer: "/commission_member_ids/\(index)")
                }
                let settings = GameSettings(directions: body.directions, teamSizeLimit: body.teamSizeLimit, selection: rule,
                                            commission: commission)
                return try .json(GameBodies.SettingsView(try await games.configure(found.id, settings)))
            },
            Route(.get, "/api/v1/games/{event_id}/participants", operationID: "listGameParticipants",
                  summary: "A Game's participants, in the order registered", tag: "games", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameParticipantPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.participants(of: found.id), request: context.request,
                                             id: \.rawValue, view: { GameBodies.ParticipantView(memberId: $0.rawValue) }))
            },
            Route(.post, "/api/v1/games/{event_id}/participants", operationID: "registerForGame",
                  summary: "Register the signed-in account's member for an open Game (admitted members)", tag: "games",
                  action: .registerForGame, access: .signedIn, idempotentCreate: true,
                  documentation: RouteDocumentation(response: "GameParticipant", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let found = try await game(context, events)
                let member = try await caller(context, .registerForGame, members)
                try await games.register(member, for: found.id)
                return try .json(GameBodies.ParticipantView(memberId: member.rawValue), status: .created)
            },
            Route(.get, "/api/v1/games/{event_id}/ideas", operationID: "listGameIdeas",
                  summary: "A Game's ideas in the order submitted, with their approvals", tag: "games",
                  action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameIdeaPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.ideas(of: found.id), request: context.request,
                                             id: \.projectID.rawValue, view: GameBodies.IdeaView.init))
            },
            Route(.post, "/api/v1/games/{event_id}/ideas", operationID: "submitGameIdea",
                  summary: "Put an idea forward in a running Game: a project led by the caller, optionally with an IP deposit (participants)",
                  tag: "games", action: .submitIdea, access: .signedIn, bodyLimit: ProjectRoutes.textBody, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "GameIdeaRequest", response: "GameIdea", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let found = try await game(context, events)
                let member = try await caller(context, .submitIdea, members)
                let body = try JSONBodyDecoder.decode(GameBodies.IdeaRequest.self, from: context.request)
                let hash = try body.contentSha256.map { text throws(APIError) in
                    guard let digest = try? SHA256Digest(hex: text) else {
                        throw .validation([.init(pointer: "/content_sha256", detail: "content_sha256 must be 64 hex digits.")])
                    }
                    return digest
                }
                let submission = IdeaSubmission(title: body.title, summary: body.summary, direction: body.direction,
                                                cityID: try RegisterRoutes.cityID(body.cityId), contentSHA256: hash)
                return try .json(GameBodies.IdeaView(try await games.submit(submission, by: member, to: found.id)), status: .created)
            },
            Route(.post, "/api/v1/games/{event_id}/ideas/{project_id}/team", operationID: "joinGameTeam",
                  summary: "Join an idea's team in a running Game (participants on no team yet)", tag: "games",
                  action: .formTeam, access: .signedIn,
                  documentation: RouteDocumentation(response: "Project", errors: [.forbidden, .notFound, .conflict])) { context in
                let found = try await game(context, events)
                let actor = try context.signedIn
                try Policy.require(actor, .formTeam, on: .teamPlace(memberAccountID: actor.accountID, leadAccountID: nil))
                let member = try await context.callerMember(members)
                return try .json(ProjectBodies.ProjectView(try await games.join(member.id, idea: try projectID(context), of: found.id)))
            },
            Route(.put, "/api/v1/games/{event_id}/ideas/{project_id}/team/{member_id}", operationID: "setGameTeamRole",
                  summary: "Make a team member the lead or a member (the team's lead or Union staff)", tag: "games",
                  action: .formTeam, access: .signedIn, bodyLimit: smallBody,
                  documentation: RouteDocumentation(request: "GameTeamRoleRequest", response: "Project",
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let found = try await game(context, events)
                let idea = try projectID(context)
                let lead = try await leadAccount(of: idea, found, games, projects, members)
                try Policy.require(context.actor, .formTeam, on: .project(leadAccountID: lead))
                let body = try JSONBodyDecoder.decode(GameBodies.RoleRequest.self, from: context.request)
                let role = try RegisterRoutes.parse(body.role, as: TeamRole.self, pointer: "/role")
                let member = try RegisterRoutes.memberID(try context.parameter("member_id"), pointer: "/member_id")
                return try .json(ProjectBodies.ProjectView(try await games.setRole(role, of: member, idea: idea, of: found.id)))
            },
            Route(.delete, "/api/v1/games/{event_id}/ideas/{project_id}/team/{member_id}", operationID: "leaveGameTeam",
                  summary: "Take a member off an idea's team (the member itself, the team's lead or Union staff)", tag: "games",
                  action: .formTeam, access: .signedIn,
                  documentation: RouteDocumentation(response: "Project", errors: [.forbidden, .notFound, .conflict])) { context in
                let found = try await game(context, events)
                let idea = try projectID(context)
                let member = try RegisterRoutes.memberID(try context.parameter("member_id"), pointer: "/member_id")
                let lead = try await leadAccount(of: idea, found, games, projects, members)
                let place = try await members.member(id: member)?.accountID?.rawValue
                try Policy.require(context.actor, .formTeam, on: .teamPlace(memberAccountID: place, leadAccountID: lead))
                return try .json(ProjectBodies.ProjectView(try await games.leave(member, idea: idea, of: found.id)))
            },
            Route(.post, "/api/v1/games/{event_id}/ideas/{project_id}/approvals", operationID: "approveGameIdea",
                  summary: "Approve an idea, once per commission member, while the Game runs (the commission)", tag: "games",
                  action: .approveIdea, access: .signedIn,
                  documentation: RouteDocumentation(response: "GameIdea", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict])) { context in
                let (found, account) = try await commissionMember(context, games, events)
                return try .json(GameBodies.IdeaView(try await games.approve(idea: try projectID(context), of: found.id, by: account)),
                                 status: .created)
            },
            Route(.delete, "/api/v1/games/{event_id}/ideas/{project_id}/approvals", operationID: "withdrawGameApproval",
                  summary: "Withdraw the caller's approval of an idea while the Game runs (the commission)", tag: "games",
                  action: .approveIdea, access: .signedIn,
                  documentation: RouteDocumentation(response: "GameIdea", errors: [.forbidden, .notFound, .conflict])) { context in
                let (found, account) = try await commissionMember(context, games, events)
                return try .json(GameBodies.IdeaView(
                    try await games.withdrawApproval(idea: try projectID(context), of: found.id, by: account)))
            },
            Route(.get, "/api/v1/games/{event_id}/ranking", operationID: "getGameRanking",
                  summary: "The ideas ranked under the Game's selection rule as they stand (sealed results: /events/{event_id}/results)",
                  tag: "games", action: .readEvents, access: .anyone,
                  documentation: RouteDocumentation(response: "GameRankingPage", query: PageDocumentation.query,
                                                    errors: [.notFound])) { context in
                let found = try await game(context, events)
                return try .json(try Page.of(try await games.results(of: found.id), request: context.request,
                                             id: \.idea.projectID.rawValue, view: GameBodies.ResultView.init))
            },
            Route(.post, "/api/v1/games/{event_id}/seal", operationID: "sealGame",
                  summary: "Seal a closed Game: publish the ranking and move the selected projects to selected (Union staff)",
                  tag: "games", action: .manageEvents, access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound, .conflict])) { context in
                let found = try await game(context, events)
                _ = try await games.seal(found.id)
                return try .json(EventBodies.EventView(try await game(context, events)))
            },
        ]
    }

    private static func game(_ context: RequestContext, _ events: Events) async throws -> Event {
        guard let id = EventID(rawValue: try context.parameter("event_id")), let event = try await events.event(id: id),
              event.kind == .game else {
            throw APIError.notFound(detail: "No such game.")
        }
        return event
    }

    private static func projectID(_ context: RequestContext) throws -> ProjectID {
        guard let id = ProjectID(rawValue: try context.parameter("project_id")) else {
            throw APIError.notFound(detail: "No such idea.")
        }
        return id
    }

    /// The signed-in caller's member, once the policy lets an admitted member (only) act.
    static func caller(_ context: RequestContext, _ action: Action, _ members: Members) async throws -> MemberID {
        let actor = try context.signedIn
        let member = try await context.callerMember(members)
        try Policy.require(actor, action, on: .callerMembership(admitted: member.status == .admitted))
        return member.id
    }

    /// The account of the lead of one of the Game's ideas (nil when the lead has no login).
    private static func leadAccount(of idea: ProjectID, _ game: Event, _ games: Games, _ projects: Projects,
                                    _ members: Members) async throws -> String? {
        guard try await games.idea(idea, of: game.id) != nil, let project = try await projects.project(id: idea) else {
            throw APIError.notFound(detail: "No such idea in this game.")
        }
        return try await ProjectRoutes.leadAccount(of: project, members)
    }

    private static func commissionMember(_ context: RequestContext, _ games: Games,
                                         _ events: Events) async throws -> (Event, AccountID) {
        let found = try await game(context, events)
        let account = AccountID(unchecked: try context.signedIn.accountID)
        let seated = try await games.isOnCommission(account, of: found.id)
        try Policy.require(context.actor, .approveIdea, on: .commission(seated: seated))
        return (found, account)
    }
}
