import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff run a cohort from `/staff/accelerators/{id}`: its rule, a selected project
/// admitted with its needs, a mentor proposed by competencies and confirmed within the
/// weekly hours the profile offers, certification refused until the rule is met, and a
/// facilitation training entered in the registry, each through its JSON route's operation.
@Suite struct AcceleratorDeskPagesTests {
    @Test func staffRunACohortThroughThePages() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, lead) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let (_, mentor) = try await SignedInMember.make("irina@example.org", in: town, app: app, roles: [.mentor], port: server.port)
        _ = try await node.profiles.setMentorProfile(of: mentor.id, competencies: ["туризм", "маркетинг"], weeklyHours: 5, cityIDs: [town.id])
        let project = try await node.projects.create(ProjectDraft(title: "Аудиогид по Глазову", summary: "Аудиогид.", direction: "туризм",
                                                                  cityID: town.id), lead: lead.id)
        _ = try await node.projects.moveStage(of: project.id, to: .selected)
        let day = try #require(CalendarDate(rfc3339: "2026-12-10"))
        let cohort = try await node.events.create(EventDraft(kind: .accelerator, title: "Акселератор Глазова", cityIDs: [town.id],
                                                             startsOn: day, endsOn: day))
        _ = try await node.events.move(cohort.id, to: .open)
        let desk = "/staff/accelerators/\(cohort.id)"
        #expect(try await staff.send("GET", "/staff/events").text.contains("href=\"\(desk)\""))
        #expect(try await resident.send("GET", desk).status == 403)

        let rule = try await staff.submit(desk + "/settings", FormEncoding.body([("required_hours", "2"), ("required_milestones", "0")]))
        #expect(rule.status == 303 && rule.header("Location") == desk + "?done=acceleratorSettingsFormSubmit")
        #expect(try await node.accelerators.settings(of: cohort.id) == AcceleratorSettings(requiredHours: 2, requiredMilestones: 0))

        let page = try await staff.send("GET", desk)
        #expect(page.text.contains("<option value=\"\(project.id)\">Аудиогид по Глазову</option>"))
        let admitted = try await staff.submit(desk + "/projects", FormEncoding.body([("project_id", project.id.rawValue), ("needs", "маркетинг")]))
        #expect(admitted.status == 303 && admitted.header("Location") == desk + "?done=admitCohortProjectFormSubmit")
        #expect(try await node.accelerators.projects(of: cohort.id).map(\.needs) == [["маркетинг"]])
        #expect(try await node.projects.project(id: project.id)?.stage == .accelerating)

        let proposing = try await staff.send("GET", desk)
        #expect(proposing.text.contains("<option value=\"\(mentor.id)\">") && proposing.text.contains("свободно: 5"))
        let tooMany = try await staff.submit(desk + "/mentors", FormEncoding.body([
            ("project_id", project.id.rawValue), ("mentor_id", mentor.id.rawValue), ("weekly_hours", "6"),
        ]))
        #expect(tooMany.status == 409 && tooMany.text.contains(#"value="6""#))
        #expect(try await node.accelerators.matches(of: project.id, in: cohort.id).isEmpty)
        let matched = try await staff.submit(desk + "/mentors", FormEncoding.body([
            ("project_id", project.id.rawValue), ("mentor_id", mentor.id.rawValue), ("weekly_hours", "3"),
        ]))
        #expect(matched.status == 303 && matched.header("Location") == desk + "?done=mentorMatchFormSubmit")
        #expect(try await node.accelerators.matches(of: project.id, in: cohort.id).map(\.weeklyHours) == [3])

        let early = try await staff.submit(desk + "/completions", FormEncoding.body([("project_id", project.id.rawValue)]))
        #expect(early.status == 409 && early.text.contains("role=\"alert\""))
        #expect(try await node.accelerators.projects(of: cohort.id).first?.certifiedOn == nil)

        #expect(!early.text.contains("action=\"\(desk)/trainings\""))
        _ = try await node.events.move(cohort.id, to: .running)
        let training = try await staff.submit(desk + "/trainings", FormEncoding.body([
            ("member_id", lead.id.rawValue), ("completed_on", "2024-03-01"),
        ]))
        #expect(training.status == 303 && training.header("Location") == desk + "?done=facilitationTrainingFormSubmit", "\(training.status) \(training.text.components(separatedBy: "role=\"alert\"").dropFirst().first?.prefix(300) ?? "")")
        #expect(try await node.profiles.facilitatorRecord(of: lead.id)?.trainingCompletedOn == CalendarDate(rfc3339: "2024-03-01"))
        let after = try await staff.send("GET", desk + "?done=facilitationTrainingFormSubmit")
        #expect(after.text.contains("Участник внесён в реестр фасилитаторов.") && after.text.contains("href=\"/members/\(mentor.id)\""))
        await server.stop()
    }
}
