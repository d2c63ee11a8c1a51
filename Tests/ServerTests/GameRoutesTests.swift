import Foundation
import Registry
import Testing

@testable import Server

/// The Glocal City Game over HTTP: staff set it up and seal it, participants submit and
/// form teams, the commission votes, and everyone else is refused with the right status.
@Suite struct GameRoutesTests {
    static let password = "correct horse battery staple"

    /// A signed-in client whose account is an admitted member of the Union.
    static func member(_ email: String, roles: Set<Role> = [.resident], app: TestApplication,
                       port: Int) async throws -> (APIClient, Member) {
        let account = try await app.node.accounts.createAccount(email: email, password: password, roles: roles)
        let applied = try await app.node.members.apply(MemberApplication(kind: .person, name: email, accountID: account.id))
        let member = try await app.node.members.setStatus(.admitted, of: applied.id)
        return (try await client(email, port: port), member)
    }

    static func client(_ email: String, port: Int) async throws -> APIClient {
        let client = try APIClient(port: port)
        _ = try await client.logIn(email: email, password: password)
        return client
    }

    @Test func participantsSubmitAndFormTeamsTheCommissionVotesAndStaffSeal() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let city = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        _ = try await app.node.accounts.createAccount(email: "chair@example.org", password: Self.password, roles: [.committee])
        let staff = try await Self.client("staff@example.org", port: server.port)
        let chair = try await Self.client("chair@example.org", port: server.port)
        let (anna, annaMember) = try await Self.member("anna@example.org", app: app, port: server.port)
        let (boris, borisMember) = try await Self.member("boris@example.org", app: app, port: server.port)
        let (vera, _) = try await Self.member("vera@example.org", app: app, port: server.port)
        let (named, namedMember) = try await Self.member("named@example.org", app: app, port: server.port)
        let anonymous = try APIClient(port: server.port)

        let event = #"{"kind":"game","title":"Игра","city_ids":["\#(city.id)"],"starts_on":"2026-03-01","ends_on":"2026-03-03"}"#
        let gameID = try #require(try await staff.send("POST", "/api/v1/events", json: event).json()["id"] as? String)
        let path = "/api/v1/games/\(gameID)"
        let settings = #"{"directions":["Туризм"],"team_size_limit":2,"selection_rule":"top","selection_count":1,"commission_member_ids":["\#(namedMember.id)"]}"#
        #expect(try await anna.send("PUT", "\(path)/settings", json: settings).status == 403)
        #expect(try await staff.send("PUT", "\(path)/settings", json: settings).json()["directions"] as? [String] == ["туризм"])
        func move(_ status: String) async throws {
            #expect(try await staff.send("PUT", "/api/v1/events/\(gameID)/status", json: #"{"status":"\#(status)"}"#).status == 200)
        }
        try await move("open")
        #expect(try await anonymous.send("POST", "\(path)/participants").status == 401)
        for client in [anna, boris, vera] { #expect(try await client.send("POST", "\(path)/participants").status == 201) }
        #expect(try await anna.send("POST", "\(path)/participants").status == 409, "registering twice")
        let applicant = try await app.node.accounts.createAccount(email: "gleb@example.org", password: Self.password, roles: [.resident])
        _ = try await app.node.members.apply(MemberApplication(kind: .person, name: "Глеб", accountID: applicant.id))
        let gleb = try await Self.client("gleb@example.org", port: server.port)
        #expect(try await gleb.send("POST", "\(path)/participants").status == 403, "applied, not admitted")
        #expect(try await staff.send("POST", "\(path)/participants").status == 403, "staff without a membership")

        let idea = #"{"title":"Гид","summary":"Аудиогид.","direction":"туризм","city_id":"\#(city.id)","content_sha256":"\#(String(repeating: "ab", count: 32))"}"#
        #expect(try await anna.send("POST", "\(path)/ideas", json: idea).status == 409, "not running yet")
        try await move("running")
        let submitted = try await anna.send("POST", "\(path)/ideas", json: idea, headers: [("Idempotency-Key", "idea-1")])
        #expect(try submitted.status == 201 && submitted.json()["asset_id"] is String)
        let ideaID = try #require(try submitted.json()["project_id"] as? String)
        let second = #"{"title":"Карта","summary":"Карта.","direction":"туризм","city_id":"\#(city.id)"}"#
        let otherID = try #require(try await vera.send("POST", "\(path)/ideas", json: second).json()["project_id"] as? String)

        let team = "\(path)/ideas/\(ideaID)/team"
        #expect(try await boris.send("POST", team).status == 200)
        #expect(try await vera.send("POST", team).status == 409, "on a team already")
        let role = #"{"role":"lead"}"#
        #expect(try await boris.send("PUT", "\(team)/\(borisMember.id)", json: role).status == 403, "only the lead hands out roles")
        #expect(try await anna.send("PUT", "\(team)/\(borisMember.id)", json: role).status == 200)
        #expect(try await vera.send("DELETE", "\(team)/\(annaMember.id)").status == 403)
        #expect(try await anna.send("DELETE", "\(team)/\(annaMember.id)").status == 200)

        let approve = "\(path)/ideas/\(ideaID)/approvals"
        #expect(try await anna.send("POST", approve).status == 403, "not on the commission")
        #expect(try await anonymous.send("POST", approve).status == 401)
        #expect(try await chair.send("POST", approve).json()["approvals"] as? Int == 1)
        #expect(try await chair.send("POST", approve).status == 409, "voting twice")
        #expect(try await named.send("POST", approve).status == 201)
        #expect(try await named.send("DELETE", approve).json()["approvals"] as? Int == 1)
        #expect(try await named.send("POST", "\(path)/ideas/\(otherID)/approvals").status == 201)

        let ranking = try #require(try await anonymous.send("GET", "\(path)/ranking").json()["items"] as? [[String: Any]])
        #expect(ranking.map { $0["project_id"] as? String } == [ideaID, otherID], "a tie goes to the earlier submission")
        #expect(try await staff.send("POST", "\(path)/seal").status == 409, "still running")
        try await move("closed")
        #expect(try await chair.send("POST", "\(path)/seal").status == 403)
        #expect(try await staff.send("POST", "\(path)/seal").json()["status"] as? String == "sealed")
        #expect(try await anonymous.send("GET", "/api/v1/projects/\(ideaID)").json()["stage"] as? String == "selected")
        #expect(try await anonymous.send("GET", "/api/v1/projects/\(otherID)").json()["stage"] as? String == "idea")
        let results = try await anonymous.send("GET", "/api/v1/events/\(gameID)/results")
        #expect(results.status == 200 && results.text.contains(ideaID))
        #expect(try await anonymous.send("GET", "/api/v1/games/evt_\(String(repeating: "0", count: 32))").status == 404)
    }
}
