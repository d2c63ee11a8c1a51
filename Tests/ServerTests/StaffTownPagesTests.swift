import Foundation
import Registry
import Testing

@testable import Server

/// Union staff record a town's digital-maturity audit and its happiness indicators from
/// `/staff/towns`, through the operations of the API's routes; the town's page then draws them.
@Suite struct StaffTownPagesTests {
    @Test func staffRecordAnAuditThatTheTownsPageDraws() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)

        #expect(try await resident.send("GET", "/staff/towns").status == 403)
        let desk = try await staff.send("GET", "/staff/towns")
        #expect(desk.status == 200 && desk.text.contains("action=\"/staff/towns/\(town.id)/audits\"") && desk.text.contains("Глазов"))
        #expect(try await staff.send("GET", "/account").text.contains("href=\"/staff/towns\""))

        let refused = try await staff.submit("/staff/towns/\(town.id)/audits", FormEncoding.body([
            ("area", "Цифровые сервисы"), ("score", "140"), ("audited_on", "2026-11-20"),
        ]))
        #expect(refused.status == 422 && refused.text.contains("role=\"alert\"") && refused.text.contains(#"value="Цифровые сервисы""#))
        #expect(try await app.node.cityProfiles.audits(of: town.id).isEmpty)
        #expect(try await resident.submit("/staff/towns/\(town.id)/audits", FormEncoding.body([
            ("area", "Цифровые сервисы"), ("score", "64"), ("audited_on", "2026-11-20"),
        ])).status == 403)

        let recorded = try await staff.submit("/staff/towns/\(town.id)/audits", FormEncoding.body([
            ("area", "Цифровые сервисы"), ("score", "64"), ("audited_on", "2026-11-20"),
        ]))
        #expect(recorded.status == 303 && recorded.header("Location") == "/towns/\(town.id)?done=recordAuditFormSubmit")
        #expect(try await app.node.cityProfiles.audits(of: town.id).map(\.score) == [64])
        let page = try await staff.send("GET", try #require(recorded.header("Location")))
        #expect(page.text.contains("Оценка записана в реестр.") && page.text.contains("Цифровые сервисы, 20.11.2026"))
        await server.stop()
    }

    @Test func staffRecordHappinessIndicatorsAsPeopleWriteThem() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let action = "/staff/towns/\(town.id)/indicators"
        #expect(try await staff.send("GET", "/staff/towns").text.contains("action=\"\(action)\""))

        let refused = try await staff.submit(action, FormEncoding.body([
            ("indicator", "income_growth"), ("value", "двенадцать"), ("measured_on", "2026-11-20"),
        ]))
        #expect(refused.status == 422 && refused.text.contains(#"value="двенадцать""#))
        #expect(try await resident.submit(action, FormEncoding.body([
            ("indicator", "income_growth"), ("value", "12,5"), ("measured_on", "2026-11-20"),
        ])).status == 403)
        for (indicator, typed) in [("income_growth", "12,5"), ("asset_growth", "-3"), ("local_investment", "1 500 000"), ("young_returning", "42")] {
            let recorded = try await staff.submit(action, FormEncoding.body([("indicator", indicator), ("value", typed), ("measured_on", "2026-11-20")]))
            #expect(recorded.status == 303 && recorded.header("Location") == "/towns/\(town.id)?done=recordIndicatorFormSubmit")
        }
        let figures = try await app.node.cityProfiles.indicators(of: town.id)
        #expect(figures[.incomeGrowth]?.map(\.value) == [125])
        #expect(figures[.assetGrowth]?.map(\.value) == [-30])
        #expect(figures[.localInvestment]?.map(\.value) == [150_000_000])
        #expect(figures[.youngReturning]?.map(\.value) == [42])

        // The API's twin records the same figure in the stored unit.
        let api = try await staff.send("POST", "/api/v1/cities/\(town.id)/indicators",
                                       json: #"{"indicator":"residents_leaving","value":7,"measured_on":"2026-11-20"}"#)
        #expect(api.status == 201)
        await server.stop()
    }

    @Test func staffDefineAnIndicatorThatEveryTownThenRecords() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("anna@example.org", in: town, app: app, port: server.port)
        let action = "/staff/towns/indicators"
        #expect(try await staff.send("GET", "/staff/towns").text.contains("action=\"\(action)\""))

        let fields: [(String, String)] = [("code", "cafe_visits"), ("name", "Посещения городских кафе"), ("name_en", "Visits to town cafés"),
                                          ("unit", "count"), ("direction", "higher_is_better"), ("minimum", "0"), ("maximum", "1 000 000")]
        let refused = try await staff.submit(action, FormEncoding.body(fields.map { $0.0 == "code" ? ($0.0, "Кафе") : $0 }))
        #expect(refused.status == 422 && refused.text.contains(#"value="Посещения городских кафе""#) && refused.text.contains("aria-invalid=\"true\""))
        #expect(try await resident.submit(action, FormEncoding.body(fields)).status == 403)
        let defined = try await staff.submit(action, FormEncoding.body(fields))
        #expect(defined.status == 303 && defined.header("Location") == "/staff/towns?done=defineIndicatorFormSubmit")
        let desk = try await staff.send("GET", "/staff/towns")
        #expect(desk.text.contains("<option value=\"cafe_visits\">Посещения городских кафе</option>"))

        let twice = try await staff.send("POST", "/api/v1/indicators", json: #"{"code":"cafe_visits","name":"Кафе","unit":"count","direction":"higher_is_better","minimum":0,"maximum":10}"#)
        #expect(try twice.status == 409 && (twice.json()["code"] as? String) == "indicator-already-defined")
        let parks = try await staff.send("POST", "/api/v1/indicators", json: #"{"code":"litter_complaints","name":"Жалобы на мусор","unit":"count","direction":"lower_is_better","minimum":0,"maximum":100000}"#)
        #expect(parks.status == 201)

        let recorded = try await staff.submit("/staff/towns/\(town.id)/indicators", FormEncoding.body([
            ("indicator", "cafe_visits"), ("value", "12 400"), ("measured_on", "2026-11-20"),
        ]))
        #expect(recorded.status == 303)
        let page = try await resident.send("GET", "/towns/\(town.id)")
        #expect(page.text.contains("Посещения городских кафе") && page.text.contains("чем больше, тем лучше") && page.text.contains("12\u{00A0}400"))
        let english = try await resident.send("GET", "/towns/\(town.id)?lang=en")
        #expect(english.text.contains("Visits to town cafés") && english.text.contains("higher is better"))
        let series = try #require(try await resident.send("GET", "/api/v1/cities/\(town.id)/indicators").json()["series"] as? [[String: Any]])
        #expect(series.count == 9 && series[7]["indicator"] as? String == "cafe_visits" && series[8]["indicator"] as? String == "litter_complaints")
        let list = try #require(try await resident.send("GET", "/api/v1/indicators").json()["items"] as? [[String: Any]])
        #expect(list.count == 9 && list.last?["direction"] as? String == "lower_is_better")
        await server.stop()
    }
}
