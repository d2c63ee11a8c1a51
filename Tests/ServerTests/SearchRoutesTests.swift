import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Search and paging over HTTP: `q` with filters on every searchable list, cursors that
/// walk a list to its end, and problem documents for a bad query, limit or cursor.
@Suite struct SearchRoutesTests {
    @Test func searchesEachListWithItsFilters() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await node.members.setStatus(.admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        _ = try await node.projects.create(ProjectDraft(title: "Ёлочный базар", summary: "Ёлки к празднику.", direction: "торговля",
                                                        cityID: glazov.id), lead: lead.id)
        _ = try await node.projects.create(ProjectDraft(title: "Digital guide", summary: "Audio guide.", direction: "tourism",
                                                        cityID: glazov.id), lead: lead.id)
        _ = try await node.profiles.setMentorProfile(of: lead.id, competencies: ["Маркетинг"], weeklyHours: 3, cityIDs: [glazov.id])
        _ = try await node.profiles.setInvestorProfile(of: lead.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 100, maximumKopecks: 1_000),
                                                       directions: ["торговля"])
        let client = try APIClient(port: server.port)

        func ids(_ path: String) async throws -> [String] {
            let response = try await client.send("GET", path)
            #expect(response.status == 200, "\(path): \(response.text)")
            return (try response.json()["items"] as? [[String: Any]] ?? []).compactMap { ($0["title"] ?? $0["member_id"]) as? String }
        }
        #expect(try await ids("/api/v1/projects?q=\(percent("ЕЛОЧНЫЙ"))") == ["Ёлочный базар"])
        #expect(try await ids("/api/v1/projects?q=guide&direction=Tourism") == ["Digital guide"])
        #expect(try await ids("/api/v1/projects?q=guide&stage=selected") == [])
        #expect(try await ids("/api/v1/mentors?q=\(percent("маркет"))&city_id=\(glazov.id)") == [lead.id.rawValue])
        #expect(try await ids("/api/v1/mentors?competency=\(percent("МАРКЕТИНГ"))") == [lead.id.rawValue])
        #expect(try await ids("/api/v1/investors?direction=\(percent("торговля"))&ticket_kopecks=500") == [lead.id.rawValue])
        #expect(try await ids("/api/v1/investors?ticket_kopecks=5000") == [])
        #expect(try await ids("/api/v1/ip-assets?q=guide&kind=software") == [])
        #expect(try await ids("/api/v1/practices?q=guide") == [])
        await server.stop()
    }

    @Test func cursorsWalkAListToItsEnd() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна")).id)
        for index in 0..<7 {
            _ = try await app.node.projects.create(ProjectDraft(title: "Гид \(index)", summary: "Аудиогид.", direction: "туризм",
                                                                cityID: glazov.id), lead: lead.id)
        }
        let client = try APIClient(port: server.port)
        for query in ["", "&q=\(percent("гид"))"] {
            var titles: [String] = []
            var path = "/api/v1/projects?limit=3\(query)"
            while true {
                let page = try await client.send("GET", path).json()
                titles += (page["items"] as? [[String: Any]] ?? []).compactMap { $0["title"] as? String }
                guard let next = page["next_cursor"] as? String else { break }
                path = "/api/v1/projects?limit=3\(query)&cursor=\(next)"
            }
            #expect(titles.count == 7 && Set(titles).count == 7, "\(query)")
        }
        await server.stop()
    }

    @Test func refusesBadQueriesLimitsAndCursorsWithProblems() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let client = try APIClient(port: server.port)
        let cases = [
            ("/api/v1/projects?q=\(String(repeating: "a", count: 201))", "/q"),
            ("/api/v1/projects?limit=0", "/limit"),
            ("/api/v1/projects?limit=ten", "/limit"),
            ("/api/v1/projects?cursor=%%%", nil),
            ("/api/v1/projects?cursor=bm90IGEgY3Vyc29y", "/cursor"),
            ("/api/v1/mentors?competency=", "/competency"),
            ("/api/v1/investors?ticket_kopecks=-1", "/ticket_kopecks"),
            ("/api/v1/ip-assets?kind=poem", "/kind"),
        ]
        for (path, pointer) in cases {
            let response = try await client.send("GET", path)
            #expect(response.header("Content-Type") == "application/problem+json", "\(path)")
            if let pointer {
                #expect(response.status == 422 && response.text.contains("\"\(pointer)\""), "\(path): \(response.text)")
            } else {
                #expect(response.status == 400, "\(path): \(response.text)")
            }
        }
        await server.stop()
    }

    private func percent(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}
