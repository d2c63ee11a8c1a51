import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff set up a Challenge from nothing through the pages: announce it on the event
/// desk, set its criteria and chair, register a team per town, add judges and assign them,
/// each form running the operation its JSON route runs; refusals come back beside the form.
@Suite struct ChallengeDeskPagesTests {
    @Test func staffSetUpAChallengeFromNothing() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: SignedInMember.password, roles: [.unionStaff])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: SignedInMember.password)
        var judges: [MemberID] = []
        for (index, town) in [glazov, sarapul, glazov, sarapul].enumerated() {
            let applied = try await app.node.members.apply(MemberApplication(kind: .person, name: "Судья \(index + 1)", cityID: town.id))
            judges.append(try await app.node.members.setStatus(.admitted, of: applied.id).id)
        }
        func post(_ path: String, _ fields: [(String, String)]) async throws -> RawResponse {
            try await staff.send("POST", path, json: FormEncoding.body(fields), contentType: FormEncoding.contentType)
        }

        let desk = try await staff.send("GET", "/staff/events")
        #expect(desk.status == 200 && desk.text.contains("Объявить событие") && desk.text.contains("name=\"town_\(glazov.id)\""))
        let announced = try await post("/staff/events", [("kind", "challenge"), ("title", "Challenge городов"), ("town_\(glazov.id)", "on"),
                                                         ("town_\(sarapul.id)", "on"), ("starts_on", "2027-03-01"), ("ends_on", "2027-03-31")])
        #expect(announced.status == 303, "\(announced.text)")
        let event = try #require(try await app.node.events.events(page: try PageRequest()).items.first)
        #expect(event.kind == .challenge && Set(event.cityIDs) == [glazov.id, sarapul.id])
        #expect(announced.header("Location") == "/staff/challenges/\(event.id)?done=createEventFormSubmit")
        let base = "/staff/challenges/\(event.id)"

        let refused = try await post(base + "/rules", [("criterion_1", "Польза"), ("weight_1", "500"), ("scale_1", "10"),
                                                        ("judges_per_team", "2"), ("chair", "")])
        #expect(refused.status == 422 && refused.text.contains("id=\"weight_1-refusal\"") && refused.text.contains("от 1 до 100"), "\(refused.text)")
        #expect(refused.text.contains("value=\"Польза\""), "what was typed is kept")
        let rules = try await post(base + "/rules", [("criterion_1", "Польза"), ("weight_1", "3"), ("scale_1", "10"),
                                                      ("criterion_2", "Дизайн"), ("weight_2", "1"), ("scale_2", "5"),
                                                      ("judges_per_team", "2"), ("chair", judges[0].rawValue)])
        #expect(rules.status == 303 && rules.header("Location") == base + "?done=challengeRulesFormSubmit", "\(rules.text)")
        let saved = try #require(try await app.node.challenges.rules(of: event.id))
        #expect(saved.rules.criteria.map(\.name) == ["Польза", "Дизайн"] && saved.rules.judgesPerTeam == 2 && saved.chair == judges[0])

        let draft = try await post(base + "/teams", [("name", "Умный двор"), ("city_id", glazov.id.rawValue)])
        #expect(draft.status == 409 && draft.text.contains("у события статус «черновик»"), "teams register while it is open: \(draft.text)")
        #expect(try await post("/staff/events/status", [("event_id", event.id.rawValue), ("status", "open")]).status == 303)
        for (name, town) in [("Умный двор", glazov), ("Набережная", sarapul)] {
            let team = try await post(base + "/teams", [("name", name), ("city_id", town.id.rawValue)])
            #expect(team.status == 303, "\(team.text)")
        }
        for judge in judges {
            #expect(try await post(base + "/judges", [("member_id", judge.rawValue)]).status == 303)
        }
        let twice = try await post(base + "/judges", [("member_id", judges[0].rawValue)])
        #expect(twice.status == 409 && twice.text.contains("Участник уже в жюри этого Challenge"), "\(twice.text.components(separatedBy: "<main>").last?.prefix(800) ?? "")")
        let assigned = try await post(base + "/assignments", [])
        #expect(assigned.status == 303 && assigned.header("Location") == base + "?done=challengeAssignmentsFormSubmit", "\(assigned.text)")
        let made = try await app.node.challenges.assignments(in: event.id)
        #expect(made.count == 4, "two judges per team, none from the team's own town")

        let page = try await staff.send("GET", base + "?done=challengeAssignmentsFormSubmit")
        #expect(page.text.contains("Судьи распределены по командам.") && page.text.contains("Умный двор") && page.text.contains("Судья 2"))
        // Beside the assignments, each judge's conflicts name the teams they keep it from.
        let conflicts = try #require(page.text.components(separatedBy: "<h2>Конфликт интересов</h2>").last)
        #expect(conflicts.contains("судья из города команды: «Умный двор»") && conflicts.contains("судья из города команды: «Набережная»"))
        await server.stop()
    }
}
