import Registry

/// Judging a Glocal City Challenge: judges mark the teams assigned to them and see their
/// progress and conflicts; the public follows the board live (frozen in the last phase
/// if staff chose); staff freeze and seal; the chair settles what the ladder leaves tied.
enum ChallengeJudgingRoutes {
    static let base = ChallengeRoutes.base

    static func routes(challenges: Challenges, events: Events, members: Members, feed: LiveEventFeed,
                       operations: ChallengeOperations, seal: Operation<EventID, Event>) -> [Route] {
        [
            Route(.post, base + "/marks", running: operations.mark,
                  summary: "Mark a team on a criterion, or correct a mark (a judge of the challenge assigned to the team)",
                  tag: "challenges", access: .signedIn, bodyLimit: 1024,
                  documentation: RouteDocumentation(request: "ChallengeMarkRequest", response: "ChallengeMark", success: .created,
                                                    errors: [.forbidden, .notFound, .conflict, .tooManyRequests]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ChallengeBodies.MarkRequest.self, from: context.request)
                      return .init(event: try ChallengeRoutes.eventID(context), team: body.teamId, criterionID: body.criterionId,
                                   value: body.value)
                  },
                  respond: { mark in try .json(ChallengeBodies.MarkView(mark), status: .created) }),
            Route(.get, base + "/marks", operationID: "listChallengeMarks",
                  summary: "Every mark and correction with who gave it and when (committee and Union staff)", tag: "challenges",
                  action: .readLiveChallenge, access: .roles([.unionStaff, .committee]),
                  documentation: RouteDocumentation(response: "ChallengeMarkPage", query: PageDocumentation.query)) { context in
                let history = try await challenges.markHistory(of: try ChallengeRoutes.eventID(context))
                return try .json(try Page.of(history, request: context.request, id: { String($0.ledgerSeq) },
                                             view: ChallengeBodies.MarkView.init))
            },
            Route(.get, base + "/progress", operationID: "getJudgeProgress",
                  summary: "The signed-in judge's progress: teams assigned, marked on every criterion, and left", tag: "challenges",
                  action: .readOwnJudging, access: .signedIn, documentation: RouteDocumentation(response: "JudgeProgress")) { context in
                let judge = try await context.callerMember(members).id
                return try .json(ChallengeBodies.ProgressView(try await challenges.progress(of: judge, in: try ChallengeRoutes.eventID(context))))
            },
            Route(.get, base + "/conflicts", operationID: "getJudgeConflicts",
                  summary: "For the signed-in member, each team and the conflicts of interest that bar marking it", tag: "challenges",
                  action: .readOwnJudging, access: .signedIn, documentation: RouteDocumentation(response: "JudgeConflicts")) { context in
                let judge = try await context.callerMember(members).id
                let found = try await challenges.conflicts(of: judge, in: try ChallengeRoutes.eventID(context))
                return try .json(ConflictList(items: found.map { .init(teamId: $0.team.rawValue, conflicts: $0.conflicts.map(\.rawValue)) }))
            },
            Route(.get, base + "/leaderboard", operationID: "getChallengeLeaderboard",
                  summary: "Team and town leaderboards and awards; the public board stops at its freeze, `?live=true` (committee, staff) does not",
                  tag: "challenges", action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeLeaderboard", query: [
                      RouteDocumentation.QueryParameter("live", type: "boolean", description: "Ignore the freeze (committee and staff)."),
                  ], errors: [.unauthorized, .forbidden, .notFound, .conflict])) { context in
                let live = try QueryParameters(context.request)["live"] == "true"
                if live { try Policy.require(context.actor, .readLiveChallenge) }
                let board = try await challenges.leaderboardWithJSON(of: try ChallengeRoutes.eventID(context), respectingFreeze: !live)
                return HTTPResponse(contentType: "application/json", body: board.json)
            },
            Route(.get, base + "/leaderboard/stream", operationID: "streamChallengeLeaderboard",
                  summary: "The public board as Server-Sent Events: one `leaderboard` event now and after every change",
                  tag: "challenges", action: .readChallenges, access: .anyone,
                  documentation: RouteDocumentation(response: "ChallengeLeaderboard", responseContentType: "text/event-stream")) { context in
                let event = try ChallengeRoutes.eventID(context)
                guard try await challenges.rules(of: event) != nil else {
                    throw APIError.notFound(detail: "This challenge has no rules yet, so no board.")
                }
                return feed.stream(of: event)
            },
            Route(.post, base + "/freeze", operationID: "freezeChallengeBoard",
                  summary: "Freeze the public board at this moment, for the last phase (Union staff)", tag: "challenges",
                  action: .runChallenge, access: .roles([.unionStaff]), bodyLimit: 0,
                  documentation: RouteDocumentation(response: "ChallengeFreeze", errors: [.notFound, .conflict])) { context in
                let event = try ChallengeRoutes.eventID(context)
                let frozenAt = try await challenges.freezePublicBoard(of: event)
                await feed.changed(event)
                return try .json(ChallengeBodies.FreezeView(publicBoardFrozenAt: frozenAt.rfc3339))
            },
            Route(.post, base + "/tie-decision", running: operations.decideTie,
                  summary: "Record the order of teams the tie-break ladder leaves tied (the committee's chair)", tag: "challenges",
                  access: .signedIn, bodyLimit: 16 * 1024,
                  documentation: RouteDocumentation(request: "ChallengeTieDecisionRequest", response: "ChallengeLeaderboard",
                                                    errors: [.forbidden, .notFound, .conflict]),
                  input: { context in
                      let body = try JSONBodyDecoder.decode(ChallengeBodies.TieDecisionRequest.self, from: context.request)
                      return .init(record: try ChallengeRoutes.eventID(context), value: body.teamIds)
                  },
                  respond: { board in HTTPResponse(contentType: "application/json", body: try board.json.canonicalBytes()) }),
            Route(.post, base + "/seal", running: seal,
                  summary: "Seal the closed challenge's results: the board's SHA-256 goes into the ledger (Union staff)",
                  tag: "challenges", access: .roles([.unionStaff]), bodyLimit: 0,
                  documentation: RouteDocumentation(response: "Event", errors: [.notFound, .conflict]),
                  input: { context in try ChallengeRoutes.eventID(context) }, respond: { try .json(EventBodies.EventView($0)) }),
            Route(.post, base + "/final", operationID: "createChallengeFinal",
                  summary: "Draw the final round from the sealed challenge: the best teams of each town, one common panel (Union staff)",
                  tag: "challenges", action: .runChallenge, access: .roles([.unionStaff]), bodyLimit: 4 * 1024, idempotentCreate: true,
                  documentation: RouteDocumentation(request: "ChallengeFinalRequest", response: "Event", success: .created,
                                                    errors: [.notFound, .conflict])) { context in
                let body = try JSONBodyDecoder.decode(ChallengeBodies.FinalRequest.self, from: context.request)
                let event = try ChallengeRoutes.eventID(context)
                return try await IdempotentAnswer.respond(with: { try .json(EventBodies.EventView($0), status: .created) }) {
                    try await challenges.createFinal(of: event, title: body.title, startsOn: body.startsOn, endsOn: body.endsOn,
                                                     topPerTown: body.topPerTown)
                }
            },
        ]
    }

    struct ConflictList: Encodable {
        let items: [ChallengeBodies.ConflictView]
    }
}
