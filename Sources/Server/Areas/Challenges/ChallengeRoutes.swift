import Registry

/// Setting up a Glocal City Challenge: Union staff publish its rules, register teams and
/// judges and assign judges to teams; anyone reads all of it.
public enum ChallengeRoutes {
    static let base = "/api/v1/challenges/{event_id}"

    static func routes(challenges: Challenges, events: Events, members: Members, feed: LiveEventFeed,
                       operations: ChallengeOperations, seal: Operation<EventID, Event>) -> [Route] {
        [
            Route(.put, base + "/rules", running: operations.setRules,
                  summary: "Set the criteria, weights, scales, judges per team, awards and chair (Union staff, before judging)",
                  tag: "challenges", access: .roles([.unionStaff]), bodyLimit: 32 * 1024,
                  documentation: RouteDocumentation(request: "ChallengeRulesRequest", response: "ChallengeRules",
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ChallengeBodies.RulesRequest.self, from: context.request)
                      return .init(event: try eventID(context), rules: body.rules, chair: body.chairMemberId)
                  },
                  respond: { try .json(ChallengeBodies.RulesView(rules: $0.rules, chair: $0.chair, frozenAt: nil)) }),
            Route(.get, base + "/rules", operationID: "getChallengeRules",
                  summary: "The published rules, with the tie-break ladder", tag: "challenges", action: .readChallenges,
                  access: .anyone, documentation: RouteDocumentation(response: "ChallengeRules", errors: [.notFound])) { context in
                guard let settings = try await challenges.rules(of: try eventID(context)) else {
                    throw APIError.notFound(detail: "This challenge has no rules yet.")
                }
                return try .json(ChallengeBodies.RulesView(rules: settings.rules, chair: settings.chair, frozenAt: settings.frozenAt))
            },
            Route(.post, base + "/teams", running: operations.registerTeam,
                  summary: "Register a team of one of the challenge's towns (Union staff, while open)", tag: "challenges",
                  access: .roles([.unionStaff]), bodyLimit: 8 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ChallengeTeamRequest", response: "ChallengeTeam", success: .created,
                                                    errors: [.notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ChallengeBodies.TeamRequest.self, from: context.request)
                      return .init(event: try eventID(context), name: body.name, city: body.cityId, project: body.projectId,
                                   members: body.memberIds ?? [])
                  },
                  respond: { try .json(ChallengeBodies.TeamView($0), status: .created) }),
            Route(.get, base + "/teams", operationID: "listChallengeTeams", summary: "The registered teams", tag: "challenges",
                  action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeTeamPage", query: PageDocumentation.query)) { context in
                try .json(try Page.of(try await challenges.teams(of: try eventID(context)), request: context.request,
                                      id: \.id.rawValue, view: ChallengeBodies.TeamView.init))
            },
            Route(.post, base + "/judges", running: operations.addJudge,
                  summary: "Add an admitted member to the committee of judges (Union staff)", tag: "challenges",
                  access: .roles([.unionStaff]), bodyLimit: 1024,
                  documentation: RouteDocumentation(request: "ChallengeJudgeRequest", response: "ChallengeJudgeList",
                                                    success: .created, errors: [.notFound, .conflict]),
                  input: { context in
                      .init(record: try eventID(context),
                            value: try JSONBodyDecoder.decode(ChallengeBodies.JudgeRequest.self, from: context.request).memberId)
                  },
                  respond: { try .json(IDList(items: $0.map(\.rawValue)), status: .created) }),
            Route(.get, base + "/judges", operationID: "listChallengeJudges", summary: "The committee of judges", tag: "challenges",
                  action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeJudgeList")) { context in
                try .json(IDList(items: try await challenges.judges(of: try eventID(context)).map(\.rawValue)))
            },
            Route(.post, base + "/assignments", running: operations.assignJudges,
                  summary: "Assign judges so every team has enough without a conflict of interest, load spread evenly (Union staff)",
                  tag: "challenges", access: .roles([.unionStaff]),
                  documentation: RouteDocumentation(response: "ChallengeAssignmentList", errors: [.notFound, .conflict]),
                  input: { context in try eventID(context) },
                  respond: { made in try .json(AssignmentList(items: made.map { .init(judge: $0.judge.rawValue, teamId: $0.team.rawValue) })) }),
            Route(.get, base + "/assignments", operationID: "listChallengeAssignments", summary: "Which judge marks which team",
                  tag: "challenges", action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeAssignmentList")) { context in
                let all = try await challenges.assignments(in: try eventID(context))
                return try .json(AssignmentList(items: all.map { .init(judge: $0.judge.rawValue, teamId: $0.team.rawValue) }))
            },
        ] + ChallengeJudgingRoutes.routes(challenges: challenges, events: events, members: members, feed: feed,
                                              operations: operations, seal: seal)
    }

    struct IDList: Encodable {
        let items: [String]
    }

    struct AssignmentList: Encodable {
        let items: [ChallengeBodies.AssignmentView]
    }

    /// The challenge in the path.
    static func eventID(_ context: RequestContext) throws -> EventID {
        try context.parameter("event_id", notFound: "No such challenge.")
    }
}
