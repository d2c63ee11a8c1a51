import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// A town's and a project's cards may be framed by any site; every other page still
/// refuses to be framed.
@Suite struct EmbedPagesTests {
    @Test func cardsMayBeFramedAndPagesMayNot() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        let lead = try await app.node.members.setStatus(.admitted, of: try await app.node.members.apply(
            MemberApplication(kind: .person, name: "Анна", cityID: town.id)).id)
        let project = try await app.node.projects.create(ProjectDraft(title: "Гид по Глазову", summary: "Аудиогид.", direction: "туризм",
                                                                       cityID: town.id), lead: lead.id)
        let day = try #require(CalendarDate(rfc3339: "2026-12-10"))
        let challenge = try await app.node.events.create(EventDraft(kind: .challenge, title: "Challenge малых городов", cityIDs: [town.id],
                                                                    startsOn: day, endsOn: day))
        let client = try APIClient(port: server.port)
        for (path, shows) in [("/embed/towns/\(town.id)", "Глазов"), ("/embed/projects/\(project.id)", "Гид по Глазову"),
                              ("/embed/challenges/\(challenge.id)/board", "Challenge малых городов")] {
            let card = try await client.send("GET", path)
            #expect(card.status == 200 && card.text.contains(shows) && !card.text.contains("Анна"), "\(path)")
            #expect(card.header("Content-Security-Policy")?.contains("frame-ancestors *") == true && card.header("X-Frame-Options") == nil)
        }
        let page = try await client.send("GET", "/towns/\(town.id)")
        #expect(page.header("X-Frame-Options") == "DENY" && page.header("Content-Security-Policy")?.contains("frame-ancestors 'none'") == true)
        #expect(page.text.contains("href=\"/embed/towns/\(town.id)\""))
        #expect(try await client.send("GET", "/embed/towns/cty_nothing").status == 404)
        await server.stop()
    }
}
