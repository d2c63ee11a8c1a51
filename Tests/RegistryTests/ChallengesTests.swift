import Foundation
import Ledger
import Testing

@testable import Registry

/// The Challenge through the registry: conflicts enforced at assignment and at marking,
/// even load, judging opened and closed, corrections kept as revisions, the frozen public
/// board, the chair's tie decision and sealing.
@Suite struct ChallengesTests {
    private struct Fixture {
        let test: TestNode
        let event: Event
        let glazov: City
        let kurgan: City
        let astrakhan: City
        let judges: [Member]
        let teams: [ChallengeTeam]

        var challenges: Challenges { test.node.challenges }

        static func admitted(_ name: String, in city: City, _ test: TestNode) async throws -> Member {
            let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name, cityID: city.id))
            return try await test.node.members.setStatus(.admitted, of: member.id)
        }

        /// Two teams from Glazov, one from Kurgan; judges from each of three towns.
        static func make(judgesPerTeam: Int = 2) async throws -> Fixture {
            let test = try await TestNode.make()
            let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
            let kurgan = try await test.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
            let astrakhan = try await test.node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
            let day = try #require(CalendarDate(rfc3339: "2026-12-01"))
            let event = try await test.node.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge",
                                                                     cityIDs: [glazov.id, kurgan.id, astrakhan.id], startsOn: day, endsOn: day))
            let judges = [try await admitted("Судья Г", in: glazov, test), try await admitted("Судья К", in: kurgan, test),
                          try await admitted("Судья А", in: astrakhan, test)]
            let rules = ChallengeRules(criteria: [ChallengeCriterion(id: "impact", name: "Влияние", weight: 3),
                                                  ChallengeCriterion(id: "design", name: "Дизайн", weight: 1)],
                                       judgesPerTeam: judgesPerTeam, zScoreMinimumTeams: 5,
                                       awards: [AwardCategory(name: "Лучший дизайн", criterionID: "design")])
            _ = try await test.node.challenges.setRules(rules, chair: judges[2].id, of: event.id)
            _ = try await test.node.events.move(event.id, to: .open)
            let lead = try await admitted("Лидер", in: glazov, test)
            let project = try await test.node.projects.create(ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм",
                                                                           cityID: glazov.id), lead: lead.id)
            _ = try await test.node.projects.setTeam([TeamMember(memberID: lead.id, role: .lead),
                                                      TeamMember(memberID: judges[1].id, role: .mentor)], of: project.id)
            let teams = [
                try await test.node.challenges.registerTeam("Глазов-1", of: glazov.id, project: project.id, members: [lead.id], in: event.id),
                try await test.node.challenges.registerTeam("Глазов-2", of: glazov.id, project: nil, members: [], in: event.id),
                try await test.node.challenges.registerTeam("Курган-1", of: kurgan.id, project: nil, members: [], in: event.id),
            ]
            for judge in judges { try await test.node.challenges.addJudge(judge.id, to: event.id) }
            return Fixture(test: test, event: event, glazov: glazov, kurgan: kurgan, astrakhan: astrakhan, judges: judges, teams: teams)
        }
    }

    @Test func assignmentRefusesWhenConflictsLeaveATeamShortAndWritesNothing() async throws {
        let fixture = try await Fixture.make(judgesPerTeam: 2)
        defer { fixture.test.remove() }
        let sizeBefore = await fixture.test.node.ledger.size
        // Glazov-1: not Glazov's judge (own town), not Kurgan's (mentors its project): only Astrakhan's is left.
        await #expect(throws: ChallengeConflict.tooFewJudgesWithoutConflict(fixture.teams[0].id, available: 1, needed: 2)) {
            try await fixture.challenges.assignJudges(in: fixture.event.id)
        }
        #expect(await fixture.test.node.ledger.size == sizeBefore)
        #expect(try await fixture.challenges.assignments(in: fixture.event.id).isEmpty)
    }

    @Test func judgingRunsFromOpenToSealWithConflictsRevisionsAndAHashAnyoneCanCheck() async throws {
        let fixture = try await Fixture.make(judgesPerTeam: 1)
        defer { fixture.test.remove() }
        let (glazovJudge, kurganJudge, astrakhanJudge) = (fixture.judges[0].id, fixture.judges[1].id, fixture.judges[2].id)
        let made = try await fixture.challenges.assignJudges(in: fixture.event.id)
        let judgeOf = Dictionary(made.map { ($0.team, $0.judge) }, uniquingKeysWith: { first, _ in first })
        #expect(judgeOf == [fixture.teams[0].id: astrakhanJudge, fixture.teams[1].id: kurganJudge, fixture.teams[2].id: glazovJudge],
                "conflicts avoided, one team per judge")
        let challenges = fixture.challenges
        let event = fixture.event.id
        await #expect(throws: EventStateError.wrongStatus(event, kind: .challenge, current: .open, allowed: [.running, .closed],
                                                          act: "marks can be given")) {
            try await challenges.mark(fixture.teams[0].id, on: "impact", value: 7, by: astrakhanJudge, in: event)
        }
        _ = try await fixture.test.node.events.move(event, to: .running)
        await #expect(throws: ChallengeConflict.judgeNotAssigned(kurganJudge, team: fixture.teams[0].id)) {
            try await challenges.mark(fixture.teams[0].id, on: "impact", value: 7, by: kurganJudge, in: event)
        }
        await #expect(throws: RegistryValidationError(field: "value", rule: .notInRange(minimum: 0, maximum: 10, unit: .number))) {
            try await challenges.mark(fixture.teams[0].id, on: "impact", value: 11, by: astrakhanJudge, in: event)
        }
        await #expect(throws: RegistryValidationError(field: "criterion_id", rule: .notFound(.criterion))) {
            try await challenges.mark(fixture.teams[0].id, on: "speed", value: 1, by: astrakhanJudge, in: event)
        }
        for (team, judge, impact) in [(0, astrakhanJudge, 9), (1, kurganJudge, 6), (2, glazovJudge, 8)] {
            _ = try await challenges.mark(fixture.teams[team].id, on: "impact", value: impact, by: judge, in: event)
            if team < 2 { _ = try await challenges.mark(fixture.teams[team].id, on: "design", value: 5, by: judge, in: event) }
        }
        #expect(try await challenges.progress(of: glazovJudge, in: event).left == [fixture.teams[2].id], "design not marked yet")
        let progress = try await challenges.progress(of: kurganJudge, in: event)
        #expect(progress.assigned == [fixture.teams[1].id] && progress.complete == [fixture.teams[1].id] && progress.left.isEmpty)
        _ = try await challenges.freezePublicBoard(of: event)
        fixture.test.clock.advance(.seconds(1))
        _ = try await fixture.test.node.events.move(event, to: .closed)
        await #expect(throws: ChallengeConflict.judgingClosed) {
            try await challenges.mark(fixture.teams[2].id, on: "design", value: 1, by: glazovJudge, in: event)
        }
        let correction = try await challenges.mark(fixture.teams[1].id, on: "impact", value: 10, by: kurganJudge, in: event)
        #expect(correction.revision == 2)
        let history = try await challenges.markHistory(of: event).filter { $0.team == fixture.teams[1].id && $0.criterionID == "impact" }
        #expect(history.map(\.value) == [6, 10] && history.allSatisfy { $0.judge == kurganJudge })

        let live = try await challenges.leaderboard(of: event, respectingFreeze: false)
        let public_ = try await challenges.leaderboard(of: event, respectingFreeze: true)
        #expect(live.teams.first?.team == fixture.teams[1].id, "the correction to 10 puts Glazov-2 first")
        #expect(public_.teams.first?.team == fixture.teams[0].id, "the frozen public board does not show it")

        let seal = try await challenges.seal(event)
        let sealed = try #require(try await fixture.test.node.events.event(id: event))
        #expect(sealed.status == .sealed && SHA256.hash(Array(seal.results.utf8)) == seal.resultsSHA256)
        #expect(seal.results.contains(fixture.teams[1].id.rawValue) && seal.results.contains("\"towns\""))
        await #expect(throws: EventStateError.self) {
            try await challenges.mark(fixture.teams[1].id, on: "impact", value: 3, by: kurganJudge, in: event)
        }
        let day = try #require(CalendarDate(rfc3339: "2026-12-10"))
        let final = try await challenges.createFinal(of: event, title: "Финал", startsOn: day, endsOn: day, topPerTown: 1)
        let finalists = try await challenges.teams(of: final.id)
        let finalTowns = Set(finalists.map(\.cityID))
        #expect(finalists.count == 2 && finalTowns == [fixture.glazov.id, fixture.kurgan.id])
        #expect(finalists.contains { $0.name == "Глазов-2" }, "the best Glazov team after the correction")
        for judge in fixture.judges { try await challenges.addJudge(judge.id, to: final.id) }
        _ = try await fixture.test.node.events.move(final.id, to: .open)
        let panel = try await challenges.assignJudges(in: final.id)
        let glazovFinalist = try #require(finalists.first { $0.cityID == fixture.glazov.id })
        let glazovPanel = Set(panel.filter { $0.team == glazovFinalist.id }.map(\.judge))
        #expect(glazovPanel == [kurganJudge, astrakhanJudge], "one common panel: every judge without a conflict")
        await #expect(throws: EventStateError.self) {
            try await challenges.createFinal(of: final.id, title: "Ещё", startsOn: day, endsOn: day, topPerTown: 1)
        }
        let report = try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath)
        #expect(report.entries == (await fixture.test.node.ledger.size))
    }

    @Test func theLiveBoardFollowsEveryMarkCorrectionAndTieDecisionAsTheStoredMarksDo() async throws {
        let fixture = try await Fixture.make(judgesPerTeam: 1)
        defer { fixture.test.remove() }
        let challenges = fixture.challenges
        let event = fixture.event.id
        let made = try await challenges.assignJudges(in: event)
        _ = try await fixture.test.node.events.move(event, to: .running)
        let stored = { @Sendable in
            try await fixture.test.node.database.read { try Challenges.leaderboard(of: event, respectingFreeze: false, $0) }
        }
        var generator = SystemRandomNumberGenerator()
        for step in 0..<30 {
            let (judge, team) = try #require(made.randomElement(using: &generator))
            let criterion = step.isMultiple(of: 3) ? "design" : "impact"
            _ = try await challenges.mark(team, on: criterion, value: Int.random(in: 0...10, using: &generator), by: judge, in: event)
            let live = try await challenges.leaderboard(of: event, respectingFreeze: false)
            #expect(live.json == (try await stored()).json, "after mark \(step)")
        }
        try await challenges.decideTie(order: fixture.teams.map(\.id).reversed(), by: fixture.judges[2].id, in: event)
        #expect(try await challenges.leaderboard(of: event, respectingFreeze: false).json == (try await stored()).json)
        let marks = try await fixture.test.node.database.read { connection in
            try connection.query("EXPLAIN QUERY PLAN SELECT ledger_seq FROM challenge_mark WHERE event_id = ? AND ledger_seq > ? ORDER BY ledger_seq",
                                 [.text(event.rawValue), .int(0)]) { try $0.text("detail") }
        }
        #expect(marks.contains { $0.contains("challenge_mark_by_event_seq") }, "a board reads only the new marks: \(marks)")
    }

    @Test func onlyTheChairDecidesTies() async throws {
        let fixture = try await Fixture.make(judgesPerTeam: 1)
        defer { fixture.test.remove() }
        _ = try await fixture.test.node.events.move(fixture.event.id, to: .running)
        let order = [fixture.teams[2].id, fixture.teams[1].id]
        await #expect(throws: ChallengeConflict.onlyChairDecidesTies) {
            try await fixture.challenges.decideTie(order: order, by: fixture.judges[0].id, in: fixture.event.id)
        }
        await #expect(throws: RegistryValidationError(field: "team_ids", rule: .usedTwice)) {
            try await fixture.challenges.decideTie(order: order + order, by: fixture.judges[2].id, in: fixture.event.id)
        }
        try await fixture.challenges.decideTie(order: order, by: fixture.judges[2].id, in: fixture.event.id)
        let board = try await fixture.challenges.leaderboard(of: fixture.event.id, respectingFreeze: false)
        #expect(board.teams.allSatisfy { $0.total == nil }, "nobody marked yet")
    }
}
