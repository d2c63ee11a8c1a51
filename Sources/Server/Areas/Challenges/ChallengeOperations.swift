import Registry

/// The acts of judging a Challenge, run alike by the JSON routes and the judge's page:
/// each decided by the caller's part in the challenge, each change told to the live board.
struct ChallengeOperations: Sendable {
    /// One mark of one team on one criterion, by the signed-in judge.
    struct MarkInput: Sendable {
        let event: EventID
        let team: ChallengeTeamID
        let criterionID: String
        let value: Int
    }

    let mark: Operation<MarkInput, ChallengeMarkRecord>
    /// The order of teams the tie-break ladder leaves tied, by the committee's chair.
    let decideTie: Operation<Change<EventID, [ChallengeTeamID]>, ChallengeLeaderboard>

    init(challenges: Challenges, members: Members, feed: LiveEventFeed) {
        mark = Operation("markChallengeTeam", action: .markChallenge, resource: { context, input in
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
