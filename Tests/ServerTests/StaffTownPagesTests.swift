import Foundation
import Registry
import Testing

@testable import Server

/// Union staff record a town's digital-maturity audit from `/staff/towns`, through the
/// operation of the API's audit route; the town's page then draws it.
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
}
