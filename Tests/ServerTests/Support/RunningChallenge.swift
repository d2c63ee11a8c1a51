import Foundation
import Registry
import Testing

/// A Challenge under way between two towns: one team of the first, one judge of the
/// second assigned to it, judging open on `criteria` criteria `c0`, `c1`…
struct RunningChallenge {
    let event: EventID
    let team: ChallengeTeam

    static func start(_ node: Node, teamOf teamTown: City, judge: Member, of judgeTown: City, criteria: Int) async throws -> RunningChallenge {
        let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
        let event = try await node.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge", cityIDs: [teamTown.id, judgeTown.id],
                                                            startsOn: day, endsOn: day))
        let rules = ChallengeRules(criteria: (0..<criteria).map { ChallengeCriterion(id: "c\($0)", name: "Критерий \($0)", weight: 1) },
                                   judgesPerTeam: 1, zScoreMinimumTeams: 5, awards: [])
        _ = try await node.challenges.setRules(rules, chair: judge.id, of: event.id)
        _ = try await node.events.move(event.id, to: .open)
        let team = try await node.challenges.registerTeam("\(teamTown.name)-1", of: teamTown.id, project: nil, members: [], in: event.id)
        try await node.challenges.addJudge(judge.id, to: event.id)
        _ = try await node.challenges.assignJudges(in: event.id)
        _ = try await node.events.move(event.id, to: .running)
        return RunningChallenge(event: event.id, team: team)
    }
}
