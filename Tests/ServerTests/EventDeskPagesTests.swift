import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The organisers' event desk over HTTP: staff move an event through its statuses and
/// seal its results into the ledger from forms; a refused move is shown beside the forms
/// and changes nothing; nobody else sees the desk.
@Suite struct EventDeskPagesTests {
    private static let form = "application/x-www-form-urlencoded"

    @Test func staffMoveAGameToClosedAndSealItsResults() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let day = try #require(CalendarDate(rfc3339: "2026-03-13"))
        let game = try await app.node.events.create(EventDraft(kind: .game, title: "<b>Игра</b> Кургана", cityIDs: [town.id],
                                                               startsOn: day, endsOn: day))
        _ = try await app.node.games.configure(game.id, GameSettings(directions: ["туризм"], teamSizeLimit: 4, selection: .top(1)))
        let desk = try await staff.send("GET", "/staff/events")
        #expect(desk.status == 200 && desk.text.contains("&lt;b&gt;Игра&lt;/b&gt; Кургана") && desk.text.contains("href=\"/games/\(game.id)\""))
        #expect(desk.text.contains("Перевести в «регистрация»") && !desk.text.contains("Закрепить итоги"))
        #expect(try await resident.send("GET", "/staff/events").status == 403)
        #expect(try await staff.send("GET", "/account").text.contains("href=\"/staff/events\""))
        #expect(!(try await resident.send("GET", "/account").text.contains("href=\"/staff/")), "desks are linked for the roles that use them")

        let skipped = try await staff.send("POST", "/staff/events/status", json: "event_id=\(game.id)&status=closed", contentType: Self.form)
        #expect(skipped.status == 409 && skipped.text.contains("role=\"alert\"") && skipped.text.contains("Сейчас это сделать нельзя."))
        #expect(try await app.node.events.event(id: game.id)?.status == .draft)
        let noCSRF = try await staff.send("POST", "/staff/events/status", json: "event_id=\(game.id)&status=open", contentType: Self.form,
                                          csrf: false)
        #expect(noCSRF.status == 403)
        #expect(try await resident.send("POST", "/staff/events/status", json: "event_id=\(game.id)&status=open", contentType: Self.form).status == 403)
        #expect(try await app.node.events.event(id: game.id)?.status == .draft)

        for status in ["open", "running", "closed"] {
            let moved = try await staff.send("POST", "/staff/events/status", json: "event_id=\(game.id)&status=\(status)", contentType: Self.form)
            #expect(moved.status == 303 && moved.header("Location") == "/staff/events?done=moveEventFormSubmit")
        }
        #expect(try await staff.send("GET", "/staff/events").text.contains("Закрепить итоги"))
        let before = await app.node.ledger.size
        let sealed = try await staff.send("POST", "/staff/events/game/seal", json: "event_id=\(game.id)", contentType: Self.form)
        #expect(sealed.status == 303, "\(sealed.text)")
        let seal = try #require(try await app.node.events.event(id: game.id)?.seal)
        let entry = try await app.node.ledger.entry(seal.ledgerSeq)
        #expect(seal.ledgerSeq >= before && entry.entry.kind.name == "event.seal")
        let after = try await staff.send("GET", "/staff/events")
        #expect(after.text.contains("итоги закреплены") && after.text.contains("href=\"/ledger/\(seal.ledgerSeq)\""))
        let twice = try await staff.send("POST", "/staff/events/game/seal", json: "event_id=\(game.id)", contentType: Self.form)
        #expect(twice.status == 409)
        let unknown = try await staff.send("POST", "/staff/events/game/seal", json: "event_id=evt_x", contentType: Self.form)
        #expect(unknown.status == 404 && unknown.text.contains("Такой записи нет."))
        await server.stop()
    }
}
