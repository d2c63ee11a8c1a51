import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// A town's road map on its page and over the API: staff and the organising committee
/// start and keep it through the operations the API runs, anyone reads it, and the
/// Union's page compares towns on one time line.
@Suite struct RoadMapPagesTests {
    @Test func keepersStartAndKeepARoadMapFromItsPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (committee, _) = try await SignedInMember.make("chair@example.org", in: town, app: app, roles: [.committee], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let page = "/towns/\(town.id)/road-map"

        let unstarted = try await resident.send("GET", page)
        #expect(unstarted.status == 200 && unstarted.text.contains("Дорожная карта города ещё не начата.") && !unstarted.text.contains("<form method=\"post\" action=\"\(page)\""))
        #expect(try await staff.send("GET", page).text.contains("action=\"\(page)\""))
        #expect(try await resident.submit(page, FormEncoding.body([("starts_on", "2027-01-31")])).status == 403)
        let badDay = try await staff.submit(page, FormEncoding.body([("starts_on", "31.01.2027")]))
        #expect(badDay.status == 422 && badDay.text.contains("aria-invalid=\"true\"") && badDay.text.contains(#"value="31.01.2027""#))
        #expect(try await app.node.roadMaps.roadMap(of: town.id) == nil)

        let started = try await staff.submit(page, FormEncoding.body([("starts_on", "2027-01-31")]))
        #expect(started.status == 303 && started.header("Location") == "\(page)?done=startRoadMapFormSubmit")
        let shown = try await staff.send("GET", try #require(started.header("Location")))
        #expect(shown.text.contains("Дорожная карта начата") && shown.text.contains("Подписание соглашения (меморандума) с регионом")
            && shown.text.contains("31.01.2027 — 27.02.2027") && shown.text.contains("<svg") && shown.text.contains("Выполнено шагов: 0 из 14"))

        let step = "\(page)/steps/1"
        let backwards = try await committee.submit(step, FormEncoding.body([
            ("owner", "Администрация Глазова"), ("planned_start", "2027-02-10"), ("planned_end", "2027-02-01"), ("status", "done"),
        ]))
        #expect(backwards.status == 422 && backwards.text.contains(#"value="Администрация Глазова""#) && backwards.text.contains("aria-invalid=\"true\""))
        #expect(try await resident.submit(step, FormEncoding.body([
            ("owner", "Я"), ("planned_start", "2027-02-01"), ("planned_end", "2027-02-10"), ("status", "done"),
        ])).status == 403)
        let changed = try await committee.submit(step, FormEncoding.body([
            ("owner", "Администрация Глазова"), ("planned_start", "2027-01-31"), ("planned_end", "2027-02-10"), ("status", "done"),
        ]))
        #expect(changed.status == 303 && changed.header("Location") == "\(page)?done=roadMapStepFormSubmit#step-1")
        let memorandum = try #require(try await app.node.roadMaps.roadMap(of: town.id)).steps[0]
        #expect(memorandum.status == .done && memorandum.owner == "Администрация Глазова")

        let evidence = "\(step)/evidence"
        let badHash = try await staff.submit(evidence, FormEncoding.body([("title", "Меморандум"), ("sha256", "abc")]))
        #expect(badHash.status == 422 && badHash.text.contains("64 шестнадцатеричные цифры") && badHash.text.contains(#"value="Меморандум""#))
        let hash = SHA256.hash(Array("Меморандум, подписанный 10 февраля".utf8)).hex
        let deposited = try await staff.submit(evidence, FormEncoding.body([("title", "Подписанный меморандум"), ("sha256", hash.uppercased())]))
        #expect(deposited.status == 303)
        let after = try await resident.send("GET", page)
        #expect(after.text.contains("Подписанный меморандум") && after.text.contains("title=\"\(hash)\"") && after.text.contains("Выполнено шагов: 1 из 14")
            && !after.text.contains("action=\"\(evidence)\""))
        #expect(try await staff.send("GET", page).text.contains("/assets/file-hash.js"))
        await server.stop()
    }

    @Test func theAPIRunsTheSameActsAndTheUnionComparesTowns() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: glazov, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: glazov, app: app, port: server.port)
        let api = "/api/v1/cities/\(glazov.id)/road-map"

        #expect(try await resident.send("GET", api).status == 404)
        #expect(try await resident.send("POST", api, json: #"{"starts_on":"2026-10-01"}"#).status == 403)
        let created = try await staff.send("POST", api, json: #"{"starts_on":"2026-10-01"}"#)
        #expect(created.status == 201)
        let steps = try #require(try created.json()["steps"] as? [[String: Any]])
        #expect(steps.count == 14 && steps[4]["code"] as? String == "city_game" && steps[4]["planned_start"] as? String == "2026-12-03")
        let again = try await staff.send("POST", api, json: #"{"starts_on":"2026-10-01"}"#)
        #expect(try again.status == 409 && (again.json()["code"] as? String) == "road-map-started")
        _ = try await staff.send("POST", "/api/v1/cities/\(sarapul.id)/road-map", json: #"{"starts_on":"2026-11-15"}"#)

        let put = try await staff.send("PUT", "\(api)/steps/2", json: #"{"owner":"Оргкомитет","planned_start":"2026-11-01","planned_end":"2026-11-01","status":"underway"}"#)
        #expect(try put.status == 200 && (put.json()["status"] as? String) == "underway")
        #expect(try await staff.send("PUT", "\(api)/steps/15", json: #"{"owner":"Оргкомитет","planned_start":"2026-11-01","planned_end":"2026-11-01","status":"underway"}"#).status == 404)
        let badHash = try await staff.send("POST", "\(api)/steps/2/evidence", json: #"{"sha256":"xyz","title":"Протокол"}"#)
        #expect(try badHash.status == 422 && (badHash.json()["code"] as? String) == "not-a-sha256")
        let hash = String(repeating: "ab", count: 32)
        #expect(try await staff.send("POST", "\(api)/steps/2/evidence", json: #"{"sha256":"\#(hash)","title":"Протокол"}"#).status == 201)
        let twice = try await staff.send("POST", "\(api)/steps/2/evidence", json: #"{"sha256":"\#(hash)","title":"Протокол"}"#)
        #expect(try twice.status == 409 && (twice.json()["code"] as? String) == "evidence-already-deposited")

        let list = try await resident.send("GET", "/api/v1/road-maps")
        #expect((try list.json()["items"] as? [[String: Any]])?.compactMap { $0["city_id"] as? String } == [glazov.id.rawValue, sarapul.id.rawValue])
        let comparison = try await resident.send("GET", "/road-maps")
        #expect(comparison.status == 200 && comparison.text.contains("<svg") && comparison.text.contains("Сарапул")
            && comparison.text.contains("href=\"/towns/\(sarapul.id)/road-map\""))
        let townPage = try await resident.send("GET", "/towns/\(glazov.id)")
        #expect(townPage.text.contains("Выполнено шагов: 0 из 14") && townPage.text.contains("href=\"/towns/\(glazov.id)/road-map\""))
        #expect(try await resident.send("GET", "/").text.contains("href=\"/road-maps\""))
        await server.stop()
    }
}
