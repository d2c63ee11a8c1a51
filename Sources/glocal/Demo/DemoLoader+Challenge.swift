import Registry

/// The Glocal City Challenge between the three towns, left in the middle of judging:
/// rules and judges set, teams registered, judges assigned without conflicts of
/// interest, and the marks of the judges in `marked_by` given; the others still to mark.
extension DemoLoader {
    func loadChallenge() async throws {
        let seed = seeds.events.challenge
        let challenge = try await node.events.create(EventDraft(
            kind: .challenge, title: seed.title, cityIDs: try seed.towns.map { try town($0) },
            startsOn: seed.startsOn.value, endsOn: seed.endsOn.value))
        let criteria = seed.criteria.map { ChallengeCriterion(id: $0.id, name: $0.name, weight: $0.weight) }
        _ = try await node.challenges.setRules(ChallengeRules(criteria: criteria, judgesPerTeam: seed.judgesPerTeam),
                                               chair: try member(seed.chair), of: challenge.id)
        for key in seed.judges {
            try await node.challenges.addJudge(try member(key), to: challenge.id)
        }
        _ = try await node.events.move(challenge.id, to: .open)
        var marks: [ChallengeTeamID: [String: Int]] = [:]
        for team in seed.teams {
            let registered = try await node.challenges.registerTeam(
                team.name, of: try town(team.town), project: try (team.idea ?? team.project).map { try project($0) },
                members: try team.members.map { try member($0) }, in: challenge.id)
            marks[registered.id] = team.marks
        }
        try await node.challenges.assignJudges(in: challenge.id)
        _ = try await node.events.move(challenge.id, to: .running)
        let marking = Set(try seed.markedBy.map { try member($0) })
        for assignment in try await node.challenges.assignments(in: challenge.id) where marking.contains(assignment.judge) {
            for (criterion, value) in (marks[assignment.team] ?? [:]).sorted(by: { $0.key < $1.key }) {
                _ = try await node.challenges.mark(assignment.team, on: criterion, value: value, by: assignment.judge,
                                                   in: challenge.id)
            }
        }
    }
}
