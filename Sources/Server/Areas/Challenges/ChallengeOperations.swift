import Registry

/// The acts of a Challenge, run alike by the JSON routes and the pages: Union staff set it
/// up (rules, teams, judges, assignments); judges mark and the chair decides ties, each
/// decided by the caller's part in the challenge. Each change is told to the live board.
struct ChallengeOperations: Sendable {
    /// The rules Union staff set before judging, with the committee's chair.
    struct RulesInput: Sendable {
        let event: EventID
        let rules: ChallengeRules
        let chair: MemberID?
    }

    /// A team of one of the challenge's towns.
    struct TeamInput: Sendable {
        let event: EventID
        let name: String
        let city: CityID
        let project: ProjectID?
        let members: [MemberID]
    }

    /// One mark of one team on one criterion, by the signed-in judge.
    struct MarkInput: Sendable {
        let event: EventID
        let team: ChallengeTeamID
        let criterionID: String
        let value: Int
    }

    let setRules: Operation<RulesInput, (rules: ChallengeRules, chair: MemberID?)>
    let registerTeam: Operation<TeamInput, ChallengeTeam>
    let addJudge: Operation<Change<EventID, MemberID>, [MemberID]>
    let assignJudges: Operation<EventID, [(judge: MemberID, team: ChallengeTeamID)]>
    let mark: Operation<MarkInput, ChallengeMarkRecord>
    /// The order of teams the tie-break ladder leaves tied, by the committee's chair.
    let decideTie: Operation<Change<EventID, [ChallengeTeamID]>, ChallengeLeaderboard>

    init(challenges: Challenges, members: Members, feed: LiveEventFeed) {
        setRules = Operation("setChallengeRules", action: .runChallenge, perform: { _, input in
            (try await challenges.setRules(input.rules, chair: input.chair, of: input.event), input.chair)
        }, effect: { input, _ in
            await feed.changed(input.event)
        })
        registerTeam = Operation("registerChallengeTeam", action: .runChallenge, perform: { _, input in
            try await challenges.registerTeam(input.name, of: input.city, project: input.project, members: input.members, in: input.event)
        }, effect: { input, _ in
            await feed.changed(input.event)
        })
        addJudge = Operation("addChallengeJudge", action: .runChallenge) { _, change in
            try await challenges.addJudge(change.value, to: change.record)
            return try await challenges.judges(of: change.record)
        }
        assignJudges = Operation("assignChallengeJudges", action: .runChallenge) { _, event in
            try await challenges.assignJudges(in: event)
        }
        mark = Operation("markChallengeTeam", action: .markChallenge, pace: ActPace(burst: JudgePace.marksAtOnce, perSecond: JudgePace.marksPerSecond),
                         resource: { context, input in
            let judge = try await context.callerMember(members).id
            return .challenge(callerIsJudge: try await challenges.judges(of: input.event).contains(judge), callerIsChair: false)
        }, perform: { context, input in
            try await challenges.mark(input.team, on: input.criterionID, value: input.value,
                                      by: try await context.callerMember(members).id, in: input.event)
        }, effect: { input, _ in
            await feed.changed(input.event)
        })
        decideTie = Operation("decideChallengeTie", action: .decideChallengeTie, resource: { context, change in
            let chair = try await challenges.rules(of: change.record)?.chair
            return .challenge(callerIsJudge: false, callerIsChair: try await context.callerMember(members).id == chair)
        }, perform: { context, change in
            try await challenges.decideTie(order: change.value, by: try await context.callerMember(members).id, in: change.record)
            return try await challenges.leaderboard(of: change.record, respectingFreeze: false)
        }, effect: { change, _ in
            await feed.changed(change.record)
        })
    }
}
