import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff set up an investment session from `/staff/investment-sessions/{id}`: its
/// agenda, projects chosen by title with their start and minutes, and its investors by
/// name, each form through the operation its JSON route runs.
@Suite struct InvestmentDeskPagesTests {
    @Test func staffSetAnAgendaAndRegisterAnInvestorThroughThePages() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, lead) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let (_, investor) = try await SignedInMember.make("kirill@example.org", in: town, app: app, roles: [.investor], port: server.port)
        _ = try await node.profiles.setInvestorProfile(of: investor.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 100_000_00, maximumKopecks: 5_000_000_00),
                                                       directions: ["туризм"])
        let project = try await node.projects.create(ProjectDraft(title: "Аудиогид по Глазову", summary: "Аудиогид.", direction: "туризм",
                                                                  cityID: town.id), lead: lead.id)
        for stage in [ProjectStage.selected, .accelerating, .accelerated] { _ = try await node.projects.moveStage(of: project.id, to: stage) }
        let day = try #require(CalendarDate(rfc3339: "2026-12-10"))
        let session = try await node.events.create(EventDraft(kind: .investmentSession, title: "Питч-сессия", cityIDs: [town.id],
                                                              startsOn: day, endsOn: day))
        _ = try await node.events.move(session.id, to: .open)
        let desk = "/staff/investment-sessions/\(session.id)"
        #expect(try await staff.send("GET", "/staff/events").text.contains("href=\"\(desk)\""))
        #expect(try await resident.send("GET", desk).status == 403)
        let page = try await staff.send("GET", desk)
        #expect(page.status == 200 && page.text.contains("<option value=\"\(project.id)\">Аудиогид по Глазову</option>"))

        let refused = try await staff.submit(desk + "/agenda", FormEncoding.body([
            ("project_1", project.id.rawValue), ("starts_1", "2026-12-10T14:00"), ("minutes_1", "много"),
        ]))
        #expect(refused.status == 422 && refused.text.contains(#"value="2026-12-10T14:00""#))
        let agenda = try await staff.submit(desk + "/agenda", FormEncoding.body([
            ("project_1", project.id.rawValue), ("starts_1", "2026-12-10T14:00"), ("minutes_1", "10"),
        ]))
        #expect(agenda.status == 303 && agenda.header("Location") == desk + "?done=investmentAgendaFormSubmit", "\(agenda.text.components(separatedBy: "<main>").last?.prefix(600) ?? "")")
        let slots = try await node.investmentSessions.agenda(of: session.id)
        #expect(slots.map(\.projectID) == [project.id] && slots.first?.minutes == 10 && slots.first?.startsAt.rfc3339.hasPrefix("2026-12-10T14:00") == true)
        let api = try await staff.send("GET", "/api/v1/investment-sessions/\(session.id)/agenda")
        #expect(api.status == 200 && api.text.contains(project.id.rawValue))

        let registered = try await staff.submit(desk + "/investors", FormEncoding.body([("member_id", investor.id.rawValue)]))
        #expect(registered.status == 303 && registered.header("Location") == desk + "?done=sessionInvestorFormSubmit")
        #expect(try await node.investmentSessions.investors(of: session.id) == [investor.id])
        let after = try await staff.send("GET", desk + "?done=sessionInvestorFormSubmit")
        #expect(after.text.contains("Инвестор зарегистрирован на сессии.") && after.text.contains("href=\"/members/\(investor.id)\""))
        await server.stop()
    }
}
