import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Union staff set up a Game from `/staff/games/{id}`: directions, team size, selection
/// rule, commission and facilitators chosen by name, through the operation `PUT
/// …/settings` runs; a facilitator then finds the Game on `/my/sessions`.
@Suite struct GameDeskPagesTests {
    @Test func staffSetUpAGameAndItsFacilitatorSeesItsSessions() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, judge) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let (facilitatorClient, facilitator) = try await SignedInMember.make("oleg@example.org", in: town, app: app, port: server.port)
        let day = try #require(CalendarDate(rfc3339: "2026-12-20"))
        _ = try await node.profiles.setFacilitatorRecord(of: facilitator.id, trainingCompletedOn: try #require(CalendarDate(rfc3339: "2026-11-01")))
        let game = try await node.events.create(EventDraft(kind: .game, title: "Игра в Глазове", cityIDs: [town.id], startsOn: day, endsOn: day))
        let desk = "/staff/games/\(game.id)"
        #expect(try await staff.send("GET", "/staff/events").text.contains("href=\"\(desk)\""))
        #expect(try await resident.send("GET", desk).status == 403)
        let page = try await staff.send("GET", desk)
        #expect(page.status == 200 && page.text.contains("Игра ещё не настроена"))
        #expect(page.text.contains("<option value=\"\(facilitator.id)\">"))

        let refused = try await staff.submit(desk + "/settings", FormEncoding.body([
            ("directions", "туризм, ремёсла"), ("team_size_limit", "99"), ("selection_rule", "top"), ("selection_count", "2"),
            ("commission_1", judge.id.rawValue), ("facilitator_1", facilitator.id.rawValue),
        ]))
        #expect(refused.status == 422 && refused.text.contains(#"value="туризм, ремёсла""#) && refused.text.contains(#"value="99""#))
        #expect(try await node.games.settings(of: game.id) == nil)

        let saved = try await staff.submit(desk + "/settings", FormEncoding.body([
            ("directions", "туризм, ремёсла"), ("team_size_limit", "4"), ("selection_rule", "top"), ("selection_count", "2"),
            ("commission_1", judge.id.rawValue), ("facilitator_1", facilitator.id.rawValue),
        ]))
        #expect(saved.status == 303 && saved.header("Location") == desk + "?done=gameSettingsFormSubmit")
        let settings = try #require(try await node.games.settings(of: game.id))
        #expect(settings.directions == ["ремёсла", "туризм"] && settings.teamSizeLimit == 4 && settings.selection == .top(2))
        #expect(settings.commission == [judge.id] && settings.facilitators == [facilitator.id])
        let api = try await staff.send("GET", "/api/v1/games/\(game.id)")
        #expect(api.status == 200 && api.text.contains("\"facilitator_member_ids\":[\"\(facilitator.id)\"]"))

        let sessions = try await facilitatorClient.send("GET", FacilitatorSessionsPage.path)
        #expect(sessions.status == 200 && sessions.text.contains("href=\"/games/\(game.id)\"") && sessions.text.contains("Игра в Глазове"))
        #expect(try await facilitatorClient.send("GET", "/account").text.contains("href=\"\(FacilitatorSessionsPage.path)\""))
        let notMine = try await resident.send("GET", FacilitatorSessionsPage.path)
        #expect(notMine.status == 200 && !notMine.text.contains("Игра в Глазове") && notMine.text.contains("реестре фасилитаторов"))

        // The API refuses a member outside the registry of facilitators, as the page would.
        let notTrained = try await staff.send("PUT", "/api/v1/games/\(game.id)/settings", json: """
            {"directions":["туризм"],"team_size_limit":4,"selection_rule":"top","selection_count":2,"facilitator_member_ids":["\(judge.id)"]}
            """)
        #expect(notTrained.status == 422 && notTrained.text.contains("/facilitator_member_ids/0"))
        #expect(try await node.games.settings(of: game.id)?.facilitators == [facilitator.id])
        await server.stop()
    }
}
