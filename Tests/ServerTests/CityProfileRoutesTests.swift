import Foundation
import Registry
import Testing

@testable import Server

/// A city's mapping-stage profile over HTTP: staff record directions, audits and
/// happiness indicators; anyone reads every indicator's series in date order.
@Suite struct CityProfileRoutesTests {
    static let password = "correct horse battery staple"

    @Test func staffRecordTheAtlasAndAnyoneReadsIt() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let city = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "anna@example.org", password: Self.password, roles: [.resident])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let resident = try APIClient(port: server.port)
        _ = try await resident.logIn(email: "anna@example.org", password: Self.password)
        let anonymous = try APIClient(port: server.port)
        let path = "/api/v1/cities/\(city.id)"

        #expect(try await resident.send("PUT", "\(path)/profile", json: #"{"directions":["tourism"]}"#).status == 403)
        #expect(try await staff.send("PUT", "\(path)/profile", json: #"{"directions":["Tourism","agritech"]}"#).status == 200)
        #expect(try await anonymous.send("GET", "\(path)/profile").json()["directions"] as? [String] == ["agritech", "tourism"])

        let later = #"{"indicator":"young_returning","value":40,"measured_on":"2025-12-31"}"#
        #expect(try await resident.send("POST", "\(path)/indicators", json: later).status == 403)
        #expect(try await staff.send("POST", "\(path)/indicators", json: later, headers: [("Idempotency-Key", "i-1")]).status == 201)
        #expect(try await staff.send("POST", "\(path)/indicators", json:
            #"{"indicator":"young_returning","value":25,"measured_on":"2024-12-31"}"#).status == 201)
        #expect(try await staff.send("POST", "\(path)/indicators", json: later).status == 409)
        let unknown = try await staff.send("POST", "\(path)/indicators", json:
            #"{"indicator":"gross_happiness","value":1,"measured_on":"2025-12-31"}"#)
        #expect(unknown.status == 422 && unknown.text.contains("/indicator"))
        let share = try await staff.send("POST", "\(path)/indicators", json:
            #"{"indicator":"leisure_spent_in_town_share","value":1200,"measured_on":"2025-12-31"}"#)
        #expect(share.status == 422 && share.text.contains("/value"))

        let indicators = try await anonymous.send("GET", "\(path)/indicators").json()
        let series = try #require(indicators["series"] as? [[String: Any]])
        #expect(series.count == 7)
        let young = try #require(series.first { $0["indicator"] as? String == "young_returning" })
        #expect(young["unit"] as? String == "count")
        #expect((young["figures"] as? [[String: Any]])?.compactMap { $0["value"] as? Int } == [25, 40])

        #expect(try await staff.send("POST", "\(path)/audits", json:
            #"{"area":"connectivity","score":101,"audited_on":"2025-06-01"}"#).status == 422)
        #expect(try await staff.send("POST", "\(path)/audits", json:
            #"{"area":"connectivity","score":70,"audited_on":"2025-06-01"}"#).status == 201)
        #expect((try await anonymous.send("GET", "\(path)/audits").json()["items"] as? [Any])?.count == 1)
        #expect(try await anonymous.send("GET", "/api/v1/cities/cty_00000000000000000000000000000000/audits").status == 404)
        await server.stop()
    }
}
