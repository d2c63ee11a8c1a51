import Foundation
import Ledger
import Testing

@testable import Registry

/// Projects: the stage machine, the team's one lead and admitted members, the MVP plan,
/// adoptions, and that the ledger names projects, members and cities by id alone.
@Suite struct ProjectsTests {
    /// A node with a home town, a second town and an admitted member to lead.
    private struct Fixture {
        let test: TestNode
        let home: City
        let other: City
        let lead: Member

        var projects: Projects { test.node.projects }

        static func make() async throws -> Fixture {
            let test = try await TestNode.make()
            let home = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
            let other = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
            let fixture = Fixture(test: test, home: home, other: other, lead: try await admitted("Анна Ёлкина", in: test))
            return fixture
        }

        static func admitted(_ name: String, in test: TestNode) async throws -> Member {
            let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
            return try await test.node.members.setStatus(.admitted, of: member.id)
        }

        func project(direction: String = "Туризм ") async throws -> Project {
            try await projects.create(ProjectDraft(title: "Гид по Глазову", summary: "Аудиогид по старому городу.",
                                                   direction: direction, cityID: home.id), lead: lead.id)
        }

        func ledgerText() async throws -> String {
            let entries = try await test.node.ledger.entries(from: 0, limit: 10_000)
            return entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined(separator: "\n")
        }
    }

    @Test func createsAProjectAtIdeaLedByItsCreator() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        #expect(project.stage == .idea && project.direction == "туризм" && project.cityID == fixture.home.id)
        #expect(project.team == [TeamMember(memberID: fixture.lead.id, role: .lead)] && project.lead == fixture.lead.id)
        #expect(try await fixture.projects.project(id: project.id) == project)
        let ledger = try await fixture.ledgerText()
        #expect(ledger.contains(#""kind":"project.create""#) && ledger.contains(project.id.rawValue))
    }

    @Test func refusesBadFieldsUnknownCitiesAndLeadsWhoAreNotAdmitted() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let draft = ProjectDraft(title: "Агрокарта", summary: "Карта фермеров.", direction: "агротех", cityID: fixture.home.id)
        var untitled = draft
        untitled.title = "  "
        await #expect(throws: RegistryValidationError(field: "title", rule: .empty)) {
            try await fixture.projects.create(untitled, lead: fixture.lead.id)
        }
        var longDirection = draft
        longDirection.direction = String(repeating: "я", count: 51)
        await #expect(throws: RegistryValidationError.self) { try await fixture.projects.create(longDirection, lead: fixture.lead.id) }
        var nowhere = draft
        nowhere.cityID = CityID(unchecked: "cty_" + String(repeating: "0", count: 32))
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await fixture.projects.create(nowhere, lead: fixture.lead.id)
        }
        let applicant = try await fixture.test.node.members.apply(MemberApplication(kind: .person, name: "Борис"))
        await #expect(throws: MembershipConflict.self) { try await fixture.projects.create(draft, lead: applicant.id) }
        #expect(try await fixture.projects.projects().isEmpty, "refused projects write nothing")
    }

    @Test func movesOnlyAlongTheStageMachine() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let legal: Set<String> = [
            "idea>selected", "selected>accelerating", "accelerating>accelerated", "accelerated>pitched", "pitched>funded",
            "funded>operating", "operating>scaled", "idea>closed", "selected>closed", "accelerating>closed",
            "accelerated>closed", "pitched>closed", "funded>closed", "operating>closed",
        ]
        for stage in ProjectStage.allCases {
            for next in ProjectStage.allCases {
                #expect(stage.canMove(to: next) == legal.contains("\(stage.rawValue)>\(next.rawValue)"), "\(stage) > \(next)")
            }
        }
        // Walk a project to every stage; at each, every illegal move is refused and changes nothing.
        let path: [ProjectStage] = [.idea, .selected, .accelerating, .accelerated, .pitched, .funded, .operating, .scaled]
        let project = try await fixture.project()
        for (index, stage) in path.enumerated() {
            for next in ProjectStage.allCases where !stage.canMove(to: next) {
                await #expect(throws: ProjectStageError(current: stage, requested: next,
                                                        allowed: ProjectStage.allCases.filter(stage.successors.contains))) {
                    try await fixture.projects.moveStage(of: project.id, to: next)
                }
            }
            #expect(try await fixture.projects.project(id: project.id)?.stage == stage)
            if index + 1 < path.count {
                #expect(try await fixture.projects.moveStage(of: project.id, to: path[index + 1]).stage == path[index + 1])
            }
        }
        let moves = try await fixture.projects.stageMoves(of: project.id)
        #expect(moves.map(\.from) == Array(path.dropLast()) && moves.map(\.to) == Array(path.dropFirst()), "refused moves left no trace")
        for move in moves {
            let entry = try await fixture.test.node.ledger.entry(move.ledgerSeq).entry
            #expect(entry.kind.name == "project.stage" && entry.payload["project_id"] == .string(project.id.rawValue)
                    && entry.payload["to"] == .string(move.to.rawValue) && entry.time == move.movedAt)
        }
        // Every non-final stage may close.
        for stage in path.dropLast() {
            var closing = try await fixture.project()
            for step in path.prefix(while: { $0 != stage }).dropFirst() {
                closing = try await fixture.projects.moveStage(of: closing.id, to: step)
            }
            if stage != .idea { closing = try await fixture.projects.moveStage(of: closing.id, to: stage) }
            #expect(try await fixture.projects.moveStage(of: closing.id, to: .closed).stage == .closed)
            for next in ProjectStage.allCases {
                await #expect(throws: ProjectStageError.self) { try await fixture.projects.moveStage(of: closing.id, to: next) }
            }
        }
    }

    @Test func illegalMovesNameBothStages() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        do {
            _ = try await fixture.projects.moveStage(of: project.id, to: .funded)
            Issue.record("idea cannot move to funded")
        } catch let refusal as ProjectStageError {
            #expect(refusal.current == .idea && refusal.requested == .funded && refusal.allowed == [.selected, .closed])
            #expect(refusal.description.contains("idea") && refusal.description.contains("funded"))
        }
        let ledger = try await fixture.ledgerText()
        #expect(!ledger.contains(#""kind":"project.stage""#))
        _ = try await fixture.projects.moveStage(of: project.id, to: .selected)
        let after = try await fixture.ledgerText()
        #expect(after.contains(#""from":"idea""#) && after.contains(#""to":"selected""#))
    }

    @Test func aTeamHasExactlyOneLeadAndOnlyAdmittedMembers() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        let boris = try await Fixture.admitted("Борис Щукин", in: fixture.test)
        let vera = try await Fixture.admitted("Вера Мазина", in: fixture.test)
        let applicant = try await fixture.test.node.members.apply(MemberApplication(kind: .person, name: "Глеб"))
        let suspended = try await fixture.test.node.members.setStatus(.suspended, of: try await Fixture.admitted("Дина", in: fixture.test).id)

        let team = [TeamMember(memberID: vera.id, role: .mentor), TeamMember(memberID: boris.id, role: .member),
                    TeamMember(memberID: fixture.lead.id, role: .lead)]
        let updated = try await fixture.projects.setTeam(team, of: project.id)
        #expect(updated.team.map(\.role) == [.lead, .member, .mentor], "lead first, then by role")

        let noLead = [TeamMember(memberID: fixture.lead.id, role: .member)]
        await #expect(throws: RegistryValidationError(field: "team", rule: .needsOneLead(found: 0))) {
            try await fixture.projects.setTeam(noLead, of: project.id)
        }
        let twoLeads = [TeamMember(memberID: fixture.lead.id, role: .lead), TeamMember(memberID: boris.id, role: .lead)]
        await #expect(throws: RegistryValidationError(field: "team", rule: .needsOneLead(found: 2))) {
            try await fixture.projects.setTeam(twoLeads, of: project.id)
        }
        await #expect(throws: RegistryValidationError(field: "team", rule: .needsOneLead(found: 0))) {
            try await fixture.projects.setTeam([], of: project.id)
        }
        for outsider in [applicant.id, suspended.id, MemberID(unchecked: "mem_" + String(repeating: "0", count: 32))] {
            let withOutsider = [TeamMember(memberID: fixture.lead.id, role: .lead), TeamMember(memberID: outsider, role: .member)]
            await #expect(throws: RegistryValidationError.self) { try await fixture.projects.setTeam(withOutsider, of: project.id) }
        }
        let twice = [TeamMember(memberID: fixture.lead.id, role: .lead), TeamMember(memberID: fixture.lead.id, role: .mentor)]
        await #expect(throws: RegistryValidationError.self) { try await fixture.projects.setTeam(twice, of: project.id) }
        #expect(try await fixture.projects.project(id: project.id)?.team == updated.team, "refused teams change nothing")

        let handedOver = try await fixture.projects.setTeam([TeamMember(memberID: boris.id, role: .lead)], of: project.id)
        #expect(handedOver.lead == boris.id && handedOver.team.count == 1)
    }

    @Test func ledgerEntriesNameIDsAndNeverNames() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        let boris = try await Fixture.admitted("Борис Щукин", in: fixture.test)
        _ = try await fixture.projects.setTeam([TeamMember(memberID: fixture.lead.id, role: .lead),
                                                TeamMember(memberID: boris.id, role: .investor)], of: project.id)
        _ = try await fixture.projects.moveStage(of: project.id, to: .selected)
        _ = try await fixture.projects.adopt(project.id, by: fixture.other.id)
        let ledger = try await fixture.ledgerText()
        for kind in ["project.create", "project.team", "project.stage", "project.adopt"] {
            #expect(ledger.contains(#""kind":"\#(kind)""#), "\(kind) is in the ledger")
        }
        #expect(ledger.contains(boris.id.rawValue) && ledger.contains(#""role":"investor""#))
        for personal in ["Анна", "Ёлкина", "Борис", "Щукин", "Гид по Глазову", "Аудиогид"] {
            #expect(!ledger.contains(personal), "the ledger must never hold \(personal)")
        }
        #expect(try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath).entries > 6)
    }

    @Test func editsChangeOnlyTheGivenFields() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        fixture.test.clock.advance(.seconds(60))
        let edited = try await fixture.projects.edit(project.id, ProjectChanges(summary: "Аудиогид и карта.", direction: "ГородТех"))
        #expect(edited.title == project.title && edited.summary == "Аудиогид и карта." && edited.direction == "городтех")
        #expect(edited.updatedAt > project.updatedAt && edited.createdAt == project.createdAt)
        await #expect(throws: RegistryValidationError(field: "title", rule: .multipleLines)) {
            try await fixture.projects.edit(project.id, ProjectChanges(title: "две\nстроки"))
        }
        await #expect(throws: RegistryNotFound.self) {
            try await fixture.projects.edit(ProjectID(unchecked: "prj_" + String(repeating: "0", count: 32)), ProjectChanges())
        }
    }

    @Test func filtersByCityDirectionAndStage() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let tourism = try await fixture.project(direction: "туризм")
        fixture.test.clock.advance(.seconds(1))
        let agro = try await fixture.project(direction: "агротех")
        fixture.test.clock.advance(.seconds(1))
        let elsewhere = try await fixture.projects.create(
            ProjectDraft(title: "Ферма", summary: "Ферма онлайн.", direction: "агротех", cityID: fixture.other.id), lead: fixture.lead.id)
        _ = try await fixture.projects.moveStage(of: agro.id, to: .selected)
        #expect(try await fixture.projects.projects().map(\.id) == [tourism.id, agro.id, elsewhere.id])
        #expect(try await fixture.projects.projects(ProjectFilter(cityID: fixture.home.id)).map(\.id) == [tourism.id, agro.id])
        #expect(try await fixture.projects.projects(ProjectFilter(direction: " АгроТех")).map(\.id) == [agro.id, elsewhere.id])
        #expect(try await fixture.projects.projects(ProjectFilter(cityID: fixture.other.id, direction: "агротех")).map(\.id)
            == [elsewhere.id])
        #expect(try await fixture.projects.projects(ProjectFilter(stage: .selected)).map(\.id) == [agro.id])
        #expect(try await fixture.projects.projects(ProjectFilter(stage: .funded)).isEmpty)
    }

    @Test func keepsAnMVPPlanByDueDate() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project()
        let other = try await fixture.project()
        let may = try #require(CalendarDate(rfc3339: "2026-05-31"))
        let april = try #require(CalendarDate(rfc3339: "2026-04-15"))
        let prototype = try await fixture.projects.addMilestone(MilestoneDraft(title: "Прототип", ownerRole: .lead, dueOn: may), to: project.id)
        let interviews = try await fixture.projects.addMilestone(
            MilestoneDraft(title: "Интервью с жителями", ownerRole: .member, dueOn: april, status: .inProgress), to: project.id)
        #expect(prototype.status == .planned)
        #expect(try await fixture.projects.milestones(of: project.id) == [interviews, prototype])
        #expect(try await fixture.projects.milestones(of: other.id).isEmpty)

        let done = try await fixture.projects.updateMilestone(interviews.id, of: project.id, MilestoneChanges(status: .done))
        #expect(done.status == .done && done.title == interviews.title && done.dueOn == april)
        let moved = try await fixture.projects.updateMilestone(prototype.id, of: project.id,
                                                               MilestoneChanges(ownerRole: .mentor, dueOn: april))
        #expect(moved.ownerRole == .mentor && moved.dueOn == april)
        await #expect(throws: RegistryNotFound.self) {
            try await fixture.projects.updateMilestone(prototype.id, of: other.id, MilestoneChanges(status: .dropped))
        }
        await #expect(throws: RegistryValidationError(field: "title", rule: .empty)) {
            try await fixture.projects.addMilestone(MilestoneDraft(title: "", ownerRole: .lead, dueOn: may), to: project.id)
        }
        await #expect(throws: RegistryNotFound.self) {
            try await fixture.projects.addMilestone(MilestoneDraft(title: "X", ownerRole: .lead, dueOn: may),
                                                    to: ProjectID(unchecked: "prj_" + String(repeating: "0", count: 32)))
        }
    }

    @Test func calendarDatesAreRealDays() {
        for good in ["2026-05-31", "2028-02-29", "1970-01-01"] { #expect(CalendarDate(rfc3339: good)?.rfc3339 == good) }
        for bad in ["2026-02-29", "2026-13-01", "2026-5-31", "2026-05-31T00:00:00Z", "", "31.05.2026"] {
            #expect(CalendarDate(rfc3339: bad) == nil, "\(bad)")
        }
        #expect(CalendarDate(LedgerTime(millisecondsSinceEpoch: 1_772_355_600_000)).rfc3339 == "2026-03-01")
    }

    @Test func adoptionScalesAnOperatingProjectOnce() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let third = try await fixture.test.node.cities.register(name: "Можга", region: "Удмуртия", population: nil)
        var project = try await fixture.project()
        for stage in [ProjectStage.selected, .accelerating, .accelerated, .pitched, .funded, .operating] {
            project = try await fixture.projects.moveStage(of: project.id, to: stage)
        }
        let adoption = try await fixture.projects.adopt(project.id, by: fixture.other.id)
        #expect(adoption.adoptedOn.rfc3339 == "2026-03-01", "today by the node's clock")
        #expect(try await fixture.projects.project(id: project.id)?.stage == .scaled)
        let ledger = try await fixture.ledgerText()
        #expect(ledger.contains(#""from":"operating""#) && ledger.contains(#""to":"scaled""#))

        await #expect(throws: ProjectConflict.self) { try await fixture.projects.adopt(project.id, by: fixture.other.id) }
        await #expect(throws: ProjectConflict.self) { try await fixture.projects.adopt(project.id, by: fixture.home.id) }
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await fixture.projects.adopt(project.id, by: CityID(unchecked: "cty_" + String(repeating: "0", count: 32)))
        }
        let later = try #require(CalendarDate(rfc3339: "2026-06-01"))
        _ = try await fixture.projects.adopt(project.id, by: third.id, on: later)
        #expect(try await fixture.projects.project(id: project.id)?.stage == .scaled)
        #expect(try await fixture.projects.adoptions(of: project.id).map(\.cityID) == [fixture.other.id, third.id])

        let early = try await fixture.project()
        _ = try await fixture.projects.adopt(early.id, by: fixture.other.id)
        #expect(try await fixture.projects.project(id: early.id)?.stage == .idea, "only an operating project becomes scaled")
        let closed = try await fixture.projects.moveStage(of: try await fixture.project().id, to: .closed)
        await #expect(throws: ProjectConflict.self) { try await fixture.projects.adopt(closed.id, by: fixture.other.id) }
    }

    @Test func aTownsStageCountsStayExactAsProjectsAreCreatedAndMoved() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await test.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let lead = try await test.node.members.setStatus(.admitted, of: try await test.node.members.apply(
            MemberApplication(kind: .person, name: "Лидер", cityID: glazov.id)).id)
        var created: [Project] = []
        for index in 0..<12 {
            test.clock.advance(.seconds(1))
            created.append(try await test.node.projects.create(ProjectDraft(
                title: "Проект \(index)", summary: "Описание.", direction: "туризм", cityID: index < 8 ? glazov.id : kurgan.id), lead: lead.id))
        }
        for project in created.prefix(3) { _ = try await test.node.projects.moveStage(of: project.id, to: .selected) }
        _ = try await test.node.projects.moveStage(of: created[0].id, to: .accelerating)
        let counted = { @Sendable (city: CityID) in
            try await test.node.database.read { connection in
                Dictionary(uniqueKeysWithValues: try connection.query(
                    "SELECT stage, count(*) AS n FROM project WHERE city_id = ? GROUP BY stage", [.text(city.rawValue)]) {
                    (try #require(ProjectStage(rawValue: try $0.text("stage"))), try $0.int("n"))
                })
            }
        }
        let overview = try await test.node.cityProfiles.overview(of: glazov.id, projectsPerStage: 2)
        #expect(overview.stageCounts == [.idea: 5, .selected: 2, .accelerating: 1])
        #expect(overview.stageCounts == (try await counted(glazov.id)))
        #expect(try await test.node.cityProfiles.overview(of: kurgan.id, projectsPerStage: 2).stageCounts == (try await counted(kurgan.id)))
        #expect(overview.projectsByStage[.idea]?.map(\.title) == ["Проект 3", "Проект 4"], "the oldest, at most the number asked for")
        let plan = try await test.node.database.read { connection in
            try connection.query("""
                EXPLAIN QUERY PLAN SELECT id FROM project t WHERE t.city_id = ? AND t.stage = ? ORDER BY t.created_at, t.id LIMIT 2
                """, [.text(glazov.id.rawValue), .text("idea")]) { try $0.text("detail") }
        }
        #expect(plan.contains { $0.contains("project_by_city_stage") } && !plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    }
}
