import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// `q` narrows the short lists too: towns by name or region, communities by name, and for
/// Union staff members by name or email, each word as a Russian stem.
@Suite struct ListSearchTests {
    @Test func townsCommunitiesAndMembersAreFoundByWhatPeopleType() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        _ = try await node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        _ = try await node.communities.create(kind: .professional, name: "Клуб садоводов Глазова", cityID: glazov.id)
        _ = try await node.communities.create(kind: .professional, name: "Шахматный клуб", cityID: glazov.id)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: glazov, app: app, roles: [.unionStaff], port: server.port)
        let (resident, _) = try await SignedInMember.make("resident@example.org", in: glazov, app: app, port: server.port)
        let anna = try await node.members.apply(MemberApplication(kind: .person, name: "Анна Корепанова", email: "anna.k@example.org",
                                                                  cityID: glazov.id))
        let client = try APIClient(port: server.port)
        func names(_ answer: RawResponse, _ field: String = "name") throws -> [String] {
            let body = try #require(try JSONSerialization.jsonObject(with: Data(answer.body)) as? [String: Any])
            return (body["items"] as? [[String: Any]] ?? []).compactMap { $0[field] as? String }
        }
        #expect(try names(try await client.send("GET", "/api/v1/cities?q=" + "Глазове".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)) == ["Глазов"])
        #expect(try names(try await client.send("GET", "/api/v1/cities?q=" + "в Удмуртии".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)) == ["Глазов"])
        #expect(try names(try await client.send("GET", "/api/v1/cities")).count == 2)
        #expect(try names(try await client.send("GET", "/api/v1/communities?q=" + "садоводы".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!))
                == ["Клуб садоводов Глазова"])
        #expect(try names(try await client.send("GET", "/api/v1/communities?q=" + "клубы".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)).count == 2)
        for typed in ["Корепановой", "anna.k"] {
            let found = try await staff.send("GET", "/api/v1/members?q=" + typed.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
            #expect(found.status == 200 && found.text.contains(anna.id.rawValue) && !found.text.contains("\"Участник\""), "\(typed)")
        }
        #expect(try await resident.send("GET", "/api/v1/members?q=anna").status == 403)

        // Pages of other origins may read the public API and the log, not write.
        #expect(try await client.send("GET", "/api/v1/cities").header("Access-Control-Allow-Origin") == "*")
        #expect(try await client.send("GET", "/api/v1/nothing-here").header("Access-Control-Allow-Origin") == "*")
        #expect(try await client.send("GET", "/").header("Access-Control-Allow-Origin") == nil)
        #expect(try await staff.send("POST", "/api/v1/cities", json: #"{"name":"Сарапул","region":"Удмуртия"}"#)
            .header("Access-Control-Allow-Origin") == nil)
        await server.stop()
    }
}
