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
}
