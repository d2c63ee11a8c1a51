import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// A member edits its own mentor, investor and facilitator profiles on `/my/profile`, each
/// form running the operation of the profile's API route; a refusal comes back beside its
/// field in Russian with what was typed kept.
@Suite struct ProfilePagesTests {
    @Test func aMemberEditsItsProfilesOnItsPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (client, member) = try await SignedInMember.make("marina@example.org", in: glazov, app: app, port: server.port)
        func post(_ path: String, _ fields: [(String, String)]) async throws -> RawResponse {
            try await client.send("POST", path, json: FormEncoding.body(fields), contentType: FormEncoding.contentType)
        }

        let page = try await client.send("GET", "/my/profile")
        #expect(page.status == 200 && page.text.contains("Мои профили") && page.text.contains("name=\"town_\(glazov.id)\""))
        let mentor = try await post("/my/profile/mentor", [("competencies", "финансы, маркетинг"), ("weekly_hours", "6"),
                                                            ("town_\(glazov.id)", "on")])
        #expect(mentor.status == 303 && mentor.header("Location") == "/my/profile?done=mentorProfileFormSubmit", "\(mentor.text)")
        let saved = try #require(try await app.node.profiles.mentorProfile(of: member.id))
        #expect(Set(saved.competencies) == ["финансы", "маркетинг"] && saved.weeklyHours == 6 && saved.cityIDs == [glazov.id])

        let upsideDown = try await post("/my/profile/investor", [("kind", "business_angel"), ("ticket_min", "3 000 000"),
                                                                  ("ticket_max", "500 000"), ("directions", "агро")])
        #expect(upsideDown.status == 422 && upsideDown.text.contains("id=\"ticket_max-refusal\"") && upsideDown.text.contains("не меньше минимума"),
                "\(upsideDown.text)")
        #expect(upsideDown.text.contains("value=\"3 000 000\""), "what was typed is kept")
        #expect(try await app.node.profiles.investorProfile(of: member.id) == nil, "nothing was written")
        let investor = try await post("/my/profile/investor", [("kind", "business_angel"), ("ticket_min", "500 000"),
                                                               ("ticket_max", "3 000 000,50"), ("directions", "агро, туризм")])
        #expect(investor.status == 303, "\(investor.text)")
        let ticket = try #require(try await app.node.profiles.investorProfile(of: member.id)).ticket
        #expect(ticket.minimumKopecks == 50_000_000 && ticket.maximumKopecks == 300_000_050)
        let shown = try await client.send("GET", "/my/profile")
        #expect(shown.text.contains("value=\"3\u{00A0}000\u{00A0}000,50\""), "the ticket is shown as it is typed back")

        let future = try await post("/my/profile/facilitator", [("training_completed_on", "2999-01-01")])
        #expect(future.status == 422 && future.text.contains("не позже сегодняшнего дня"), "\(future.text)")
        await server.stop()
    }

    @Test func aLeadChoosesWhatThePublicSeesOfItsCapTable() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (lead, member) = try await SignedInMember.make("boris@example.org", in: glazov, app: app, port: server.port)
        let (other, _) = try await SignedInMember.make("vera@example.org", in: glazov, app: app, port: server.port)
        let project = try await app.node.projects.create(ProjectDraft(title: "Тёплый дом", summary: "Утепление.", direction: "жкх",
                                                                      cityID: glazov.id), lead: member.id)
        let workspace = try await lead.send("GET", "/my/projects/\(project.id)")
        #expect(workspace.text.contains("<option value=\"summary\" selected=\"selected\">классы долей и итоги</option>"))
        let path = "/my/projects/\(project.id)/cap-table-visibility"
        #expect(try await other.submit(path, "visibility=full").status == 403, "only the lead or staff choose")
        let chosen = try await lead.submit(path, "visibility=holders")
        #expect(chosen.status == 303 && chosen.header("Location") == "/my/projects/\(project.id)?done=capTableVisibilityFormSubmit")
        #expect(try await app.node.capTables.visibility(of: project.id) == .holders)
        await server.stop()
    }
}
