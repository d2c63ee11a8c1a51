import Foundation
import Ledger
import Testing

@testable import Registry

/// The Glocal City Game: registration while open, ideas and teams while running, the
/// commission's approval voting, and sealing that selects projects.
@Suite struct GamesTests {
    /// A node with a town, a Game in `draft`, and admitted members.
    private struct Scenario {
        let test: TestNode
        let city: City
        let game: Event
        var games: Games { test.node.games }

        static func make() async throws -> Scenario {
            let test = try await TestNode.make()
            let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
            let game = try await test.node.events.create(EventDraft(
                kind: .game, title: "Glocal City Game", cityIDs: [city.id],
                startsOn: try #require(CalendarDate(rfc3339: "2026-03-01")), endsOn: try #require(CalendarDate(rfc3339: "2026-03-03"))))
            return Scenario(test: test, city: city, game: game)
        }

        func member(_ name: String, account: AccountID? = nil) async throws -> Member {
            let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name, accountID: account))
            return try await test.node.members.setStatus(.admitted, of: member.id)
        }

        func move(to statuses: EventStatus...) async throws {
            for status in statuses { _ = try await test.node.events.move(game.id, to: status) }
        }

        func idea(_ title: String, by member: MemberID, direction: String = "Туризм") -> IdeaSubmission {
            IdeaSubmission(title: title, summary: "Идея для города.", direction: direction, cityID: city.id)
        }
    }

    @Test func participantsRegisterWhileOpenAndSubmitIdeasOnlyWhileRunning() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let games = scenario.games
        let anna = try await scenario.member("Анна")
        let settings = GameSettings(directions: ["Туризм", "ЖКХ"], teamSizeLimit: 3, selection: .top(1))
        #expect(try await games.configure(scenario.game.id, settings).directions == ["жкх", "туризм"])
        await #expect(throws: EventStateError.wrongStatus(scenario.game.id, kind: .game, current: .draft, allowed: [.open],
                                                          act: "participants can register")) {
            try await games.register(anna.id, for: scenario.game.id)
        }
        try await scenario.move(to: .open)
        try await games.register(anna.id, for: scenario.game.id)
        await #expect(throws: GameConflict.self) { try await games.register(anna.id, for: scenario.game.id) }
        await #expect(throws: EventStateError.wrongStatus(scenario.game.id, kind: .game, current: .open, allowed: [.running],
                                                          act: "ideas can be submitted")) {
            try await games.submit(scenario.idea("Гид", by: anna.id), by: anna.id, to: scenario.game.id)
        }
        try await scenario.move(to: .running)
        await #expect(throws: RegistryValidationError(field: "direction", rule: .notOneOf(["жкх", "туризм"]))) {
            try await games.submit(scenario.idea("Гид", by: anna.id, direction: "финтех"), by: anna.id, to: scenario.game.id)
        }
        var submission = scenario.idea("Гид по Глазову", by: anna.id)
        submission.contentSHA256 = SHA256.hash(Array("гид".utf8))
        let idea = try await games.submit(submission, by: anna.id, to: scenario.game.id)
        let project = try #require(try await scenario.test.node.projects.project(id: idea.projectID))
        #expect(project.stage == .idea && project.lead == anna.id)
        let assetID = try #require(idea.assetID)
        let asset = try #require(try await scenario.test.node.ipAssets.asset(id: assetID))
        #expect(asset.holders == [IPHolding(memberID: anna.id, units: .whole)])
        let entry = try await scenario.test.node.ledger.entry(idea.submittedSeq).entry
        #expect(entry.kind.name == "game.idea" && entry.payload["project_id"]?.stringValue == idea.projectID.rawValue)
        let boris = try await scenario.member("Борис")
        await #expect(throws: GameConflict.self, "not registered") {
            try await games.submit(scenario.idea("Карта", by: boris.id), by: boris.id, to: scenario.game.id)
        }
        await #expect(throws: GameConflict.self, "already on a team") {
            try await games.submit(scenario.idea("Ещё", by: anna.id), by: anna.id, to: scenario.game.id)
        }
    }

    @Test func teamsFormUnderTheSizeLimitWithOneLead() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let games = scenario.games
        let id = scenario.game.id
        _ = try await games.configure(id, GameSettings(directions: [], teamSizeLimit: 2, selection: .threshold(1)))
        try await scenario.move(to: .open)
        var members: [Member] = []
        for name in ["Анна", "Борис", "Вера"] {
            let member = try await scenario.member(name)
            try await games.register(member.id, for: id)
            members.append(member)
        }
        try await scenario.move(to: .running)
        let idea = try await games.submit(scenario.idea("Гид", by: members[0].id), by: members[0].id, to: id)
        _ = try await games.join(members[1].id, idea: idea.projectID, of: id)
        await #expect(throws: GameConflict.teamFull(idea.projectID, limit: 2)) {
            try await games.join(members[2].id, idea: idea.projectID, of: id)
        }
        await #expect(throws: GameConflict.self, "the lead cannot leave") {
            try await games.leave(members[0].id, idea: idea.projectID, of: id)
        }
        let handedOver = try await games.setRole(.lead, of: members[1].id, idea: idea.projectID, of: id)
        #expect(handedOver.team == [TeamMember(memberID: members[1].id, role: .lead), TeamMember(memberID: members[0].id, role: .member)])
        await #expect(throws: RegistryValidationError.self) {
            try await games.setRole(.mentor, of: members[0].id, idea: idea.projectID, of: id)
        }
        let left = try await games.leave(members[0].id, idea: idea.projectID, of: id)
        #expect(left.team.map(\.memberID) == [members[1].id])
        _ = try await games.join(members[2].id, idea: idea.projectID, of: id)
    }

    @Test func theCommissionApprovesOnceEachAndSealingSelectsTheTopIdeas() async throws {
        let scenario = try await Scenario.make()
        defer { scenario.test.remove() }
        let games = scenario.games
        let id = scenario.game.id
        let accounts = scenario.test.accounts
        let chair = try await accounts.createAccount(email: "chair@example.org", password: "correct horse battery", roles: [.committee])
        let namedAccount = try await accounts.createAccount(email: "named@example.org", password: "correct horse battery", roles: [.resident])
        let outsider = try await accounts.createAccount(email: "out@example.org", password: "correct horse battery", roles: [.resident])
        let named = try await scenario.member("Член комиссии", account: namedAccount.id)
        _ = try await games.configure(id, GameSettings(directions: [], teamSizeLimit: 5, selection: .top(2), commission: [named.id]))
        try await scenario.move(to: .open)
        var ideas: [GameIdea] = []
        var authors: [Member] = []
        for name in ["Анна", "Борис", "Вера"] {
            let member = try await scenario.member(name)
            try await games.register(member.id, for: id)
            authors.append(member)
        }
        try await scenario.move(to: .running)
        for (index, author) in authors.enumerated() {
            ideas.append(try await games.submit(scenario.idea("Идея \(index)", by: author.id), by: author.id, to: id))
        }
        // Ideas 1 and 2 tie on two approvals; idea 0 has one. Idea 1 was submitted first.
        for voter in [chair.id, namedAccount.id] {
            _ = try await games.approve(idea: ideas[2].projectID, of: id, by: voter)
            _ = try await games.approve(idea: ideas[1].projectID, of: id, by: voter)
        }
        _ = try await games.approve(idea: ideas[0].projectID, of: id, by: chair.id)
        await #expect(throws: GameConflict.self, "voting twice") {
            try await games.approve(idea: ideas[0].projectID, of: id, by: chair.id)
        }
        await #expect(throws: GameConflict.self, "not on the commission") {
            try await games.approve(idea: ideas[0].projectID, of: id, by: outsider.id)
        }
        #expect(try await games.withdrawApproval(idea: ideas[0].projectID, of: id, by: chair.id).approvals == 0)
        #expect(try await games.approve(idea: ideas[0].projectID, of: id, by: chair.id).approvals == 1)
        try await scenario.move(to: .closed)
        await #expect(throws: EventStateError.self, "approvals are frozen once closed") {
            try await games.withdrawApproval(idea: ideas[0].projectID, of: id, by: chair.id)
        }
        let seal = try await games.seal(id)
        let table = try JSONValue.parse(seal.results)
        let rows = try #require(table.objectValue?["ideas"]?.arrayValue)
        #expect(rows.compactMap { $0.objectValue?["project_id"]?.stringValue }
            == [ideas[1].projectID.rawValue, ideas[2].projectID.rawValue, ideas[0].projectID.rawValue])
        #expect(rows.compactMap { $0.objectValue?["selected"]?.boolValue } == [true, true, false])
        let projects = scenario.test.node.projects
        #expect(try await projects.project(id: ideas[1].projectID)?.stage == .selected)
        #expect(try await projects.project(id: ideas[2].projectID)?.stage == .selected)
        #expect(try await projects.project(id: ideas[0].projectID)?.stage == .idea)
        let stageMoves = try await scenario.test.node.ledger.entry(seal.ledgerSeq + 1).entry
        #expect(stageMoves.kind.name == "project.stage")
    }

    @Test func aThresholdSelectsEveryIdeaWithEnoughApprovals() {
        func idea(_ seq: Int, _ approvals: Int) -> GameIdea {
            GameIdea(projectID: ProjectID(unchecked: "prj_\(seq)"), gameID: EventID(unchecked: "evt_1"), assetID: nil,
                     submittedSeq: seq, approvals: approvals)
        }
        let ranked = SelectionRule.threshold(2).rank([idea(5, 2), idea(3, 1), idea(4, 3), idea(2, 2)])
        #expect(ranked.map(\.idea.submittedSeq) == [4, 2, 5, 3])
        #expect(ranked.map(\.selected) == [true, true, true, false])
        #expect(SelectionRule.top(3).rank([idea(1, 0), idea(2, 1)]).map(\.selected) == [true, false])
    }
}
