import Foundation
import Registry
import Testing

@testable import Server

/// Communities over HTTP: staff create them and keep their members; anyone reads.
@Suite struct CommunityRoutesTests {
    static let password = "correct horse battery staple"

    @Test func staffKeepCommunitiesWhileOthersOnlyRead() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let city = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let member = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "anna@example.org", password: Self.password, roles: [.resident])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let resident = try APIClient(port: server.port)
        _ = try await resident.logIn(email: "anna@example.org", password: Self.password)
        let anonymous = try APIClient(port: server.port)

        let body = #"{"kind":"city","name":"Молодёжь Глазова","city_id":"\#(city.id)"}"#
        #expect(try await resident.send("POST", "/api/v1/communities", json: body).status == 403)
        #expect(try await anonymous.send("POST", "/api/v1/communities", json: body).status == 401)
        #expect(try await staff.send("POST", "/api/v1/communities", json: #"{"kind":"guild","name":"X"}"#).status == 422)
        let created = try await staff.send("POST", "/api/v1/communities", json: body, headers: [("Idempotency-Key", "c-1")])
        #expect(created.status == 201)
        let again = try await staff.send("POST", "/api/v1/communities", json: body, headers: [("Idempotency-Key", "c-1")])
        #expect(again.status == 201 && again.text == created.text)
        #expect(try await staff.send("POST", "/api/v1/communities", json: body).status == 409)
        let id = try #require(try created.json()["id"] as? String)

        let add = #"{"member_id":"\#(member.id)"}"#
        #expect(try await resident.send("POST", "/api/v1/communities/\(id)/members", json: add).status == 403)
        let added = try await staff.send("POST", "/api/v1/communities/\(id)/members", json: add)
        #expect(try added.json()["member_ids"] as? [String] == [member.id.rawValue])
        let read = try await anonymous.send("GET", "/api/v1/communities/\(id)")
        #expect(try read.json()["member_ids"] as? [String] == [member.id.rawValue])
        #expect((try await anonymous.send("GET", "/api/v1/communities").json()["items"] as? [Any])?.count == 1)
        #expect((try await anonymous.send("GET", "/api/v1/communities?kind=business").json()["items"] as? [Any])?.count == 0)
        #expect((try await anonymous.send("GET", "/api/v1/communities?kind=city&city_id=\(city.id)").json()["items"] as? [Any])?.count == 1)
        #expect(try await resident.send("DELETE", "/api/v1/communities/\(id)/members/\(member.id)").status == 403)
        let removed = try await staff.send("DELETE", "/api/v1/communities/\(id)/members/\(member.id)")
        #expect(try removed.json()["member_ids"] as? [String] == [])
        #expect(try await staff.send("DELETE", "/api/v1/communities/\(id)/members/\(member.id)").status == 404)
        #expect(try await staff.send("DELETE", "/api/v1/communities/\(id)/members/mem_nope").status == 404)
        #expect(try await staff.send("POST", "/api/v1/communities/\(id)/members", json: #"{"member_id":"nope"}"#).status == 422)
        await server.stop()
    }
}
