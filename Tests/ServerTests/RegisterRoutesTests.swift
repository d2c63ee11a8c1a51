import Foundation
import Registry
import Testing

@testable import Server

/// Cities and members over HTTP: who may do what, and who sees personal data.
@Suite struct RegisterRoutesTests {
    static let password = "correct horse battery staple"

    @Test func staffRegisterCitiesAndDecideMembershipsWhilePersonalDataStaysPrivate() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "anna@example.org", password: Self.password, roles: [.resident])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let anna = try APIClient(port: server.port)
        _ = try await anna.logIn(email: "anna@example.org", password: Self.password)
        let anonymous = try APIClient(port: server.port)

        #expect(try await anna.send("POST", "/api/v1/cities", json: #"{"name":"Глазов","region":"Удмуртия"}"#).status == 403)
        let city = try await staff.send("POST", "/api/v1/cities", json: #"{"name":"Глазов","region":"Удмуртия","population":90000}"#)
        #expect(city.status == 201)
        let cityID = try #require(try city.json()["id"] as? String)
        #expect((try await anonymous.send("GET", "/api/v1/cities").json()["items"] as? [Any])?.count == 1)

        let applied = try await anna.send("POST", "/api/v1/members", json: """
            {"name":"Анна Ёлкина","email":"anna@example.org","phone":"+7 912 000-00-00","city_id":"\(cityID)","roles":["resident","entrepreneur"]}
            """)
        #expect(applied.status == 201)
        let memberID = try #require(try applied.json()["id"] as? String)
        #expect(try applied.json()["status"] as? String == "applied")

        let publicView = try await anonymous.send("GET", "/api/v1/members/\(memberID)")
        #expect(publicView.status == 200)
        #expect(try publicView.json()["personal"] == nil)
        #expect(!publicView.text.contains("Ёлкина"))
        let ownView = try await anna.send("GET", "/api/v1/members/\(memberID)")
        #expect((try ownView.json()["personal"] as? [String: Any])?["name"] as? String == "Анна Ёлкина")

        #expect(try await anna.send("PUT", "/api/v1/members/\(memberID)/status", json: #"{"status":"admitted"}"#).status == 403)
        let admitted = try await staff.send("PUT", "/api/v1/members/\(memberID)/status", json: #"{"status":"admitted"}"#)
        #expect(try admitted.json()["status"] as? String == "admitted")
        let illegal = try await staff.send("PUT", "/api/v1/members/\(memberID)/status", json: #"{"status":"applied"}"#)
        #expect(illegal.status == 409)
        #expect(try await anna.send("GET", "/api/v1/members").status == 403)
        #expect((try await staff.send("GET", "/api/v1/members").json()["items"] as? [Any])?.count == 1)

        let erased = try await anna.send("POST", "/api/v1/members/\(memberID)/erasure")
        #expect(erased.status == 200)
        #expect(try erased.json()["erased"] as? Bool == true)
        #expect(try erased.json()["personal"] == nil)
        let after = try await staff.send("GET", "/api/v1/members/\(memberID)")
        #expect(!after.text.contains("Ёлкина") && !after.text.contains("anna@example.org"))
        await server.stop()
    }
}
