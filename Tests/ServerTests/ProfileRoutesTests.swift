import Foundation
import Registry
import Testing

@testable import Server

/// Members' profiles over HTTP: the member edits its own, staff any, the public reads
/// those of admitted members; out-of-range values are refused.
@Suite struct ProfileRoutesTests {
    static let password = "correct horse battery staple"

    private static func member(_ email: String, status: MembershipStatus, app: TestApplication,
                               port: Int) async throws -> (APIClient, Member) {
        let account = try await app.node.accounts.createAccount(email: email, password: password, roles: [.resident])
        var member = try await app.node.members.apply(MemberApplication(kind: .person, name: "Вера", accountID: account.id))
        if status != .applied { member = try await app.node.members.setStatus(status, of: member.id) }
        let client = try APIClient(port: port)
        _ = try await client.logIn(email: email, password: password)
        return (client, member)
    }

    @Test func theMemberAndStaffEditProfilesAndThePublicReadsAdmittedOnes() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let city = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let (vera, veraMember) = try await Self.member("vera@example.org", status: .applied, app: app, port: server.port)
        let (other, _) = try await Self.member("other@example.org", status: .admitted, app: app, port: server.port)
        _ = try await app.node.accounts.createAccount(email: "staff@example.org", password: Self.password, roles: [.unionStaff])
        let staff = try APIClient(port: server.port)
        _ = try await staff.logIn(email: "staff@example.org", password: Self.password)
        let anonymous = try APIClient(port: server.port)
        let path = "/api/v1/members/\(veraMember.id)"

        let mentor = #"{"competencies":["IoT","Marketing"],"weekly_hours":4,"city_ids":["\#(city.id)"]}"#
        #expect(try await other.send("PUT", "\(path)/mentor-profile", json: mentor).status == 403)
        #expect(try await anonymous.send("PUT", "\(path)/mentor-profile", json: mentor).status == 401)
        let saved = try await vera.send("PUT", "\(path)/mentor-profile", json: mentor)
        #expect(saved.status == 200)
        #expect(try saved.json()["competencies"] as? [String] == ["iot", "marketing"])
        #expect(try await anonymous.send("GET", "\(path)/mentor-profile").status == 404, "not admitted yet")
        #expect(try await vera.send("GET", "\(path)/mentor-profile").status == 200)
        #expect(try await staff.send("GET", "\(path)/mentor-profile").status == 200)
        _ = try await app.node.members.setStatus(.admitted, of: veraMember.id)
        #expect(try await anonymous.send("GET", "\(path)/mentor-profile").status == 200)
        #expect(!(try await anonymous.send("GET", "\(path)/mentor-profile").text.contains("Вера")))

        let investor = #"{"kind":"business_angel","ticket_min_kopecks":10000000,"ticket_max_kopecks":500000000,"directions":["tourism"]}"#
        #expect(try await staff.send("PUT", "\(path)/investor-profile", json: investor).status == 200)
        #expect(try await anonymous.send("GET", "\(path)/investor-profile").json()["ticket_max_kopecks"] as? Int == 500_000_000)
        #expect(try await anonymous.send("GET", "\(path)/facilitator").status == 404)
        let trained = try await vera.send("PUT", "\(path)/facilitator", json: #"{"training_completed_on":"2025-11-20"}"#)
        #expect(try trained.json()["training_completed_on"] as? String == "2025-11-20")
        await server.stop()
    }

    @Test func refusesTicketsCapacitiesAndDatesOutOfRange() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let (vera, veraMember) = try await Self.member("vera@example.org", status: .admitted, app: app, port: server.port)
        let path = "/api/v1/members/\(veraMember.id)"

        let inverted = try await vera.send("PUT", "\(path)/investor-profile", json:
            #"{"kind":"fund","ticket_min_kopecks":200,"ticket_max_kopecks":100,"directions":[]}"#)
        #expect(inverted.status == 422 && inverted.text.contains("/ticket_max_kopecks"))
        let kind = try await vera.send("PUT", "\(path)/investor-profile", json:
            #"{"kind":"uncle","ticket_min_kopecks":1,"ticket_max_kopecks":2,"directions":[]}"#)
        #expect(kind.status == 422 && kind.text.contains("/kind"))
        for hours in [0, 61] {
            let refused = try await vera.send("PUT", "\(path)/mentor-profile", json:
                #"{"competencies":[],"weekly_hours":\#(hours),"city_ids":[]}"#)
            #expect(refused.status == 422 && refused.text.contains("/weekly_hours"))
        }
        let unknownTown = try await vera.send("PUT", "\(path)/mentor-profile", json:
            #"{"competencies":[],"weekly_hours":4,"city_ids":["cty_00000000000000000000000000000000"]}"#)
        #expect(unknownTown.status == 422)
        let future = try await vera.send("PUT", "\(path)/facilitator", json: #"{"training_completed_on":"2999-01-01"}"#)
        #expect(future.status == 422)
        #expect(try await vera.send("GET", "/api/v1/members/mem_nope/mentor-profile").status == 404)
        await server.stop()
    }
}
