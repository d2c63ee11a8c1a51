import Foundation
import Registry
import Testing

@testable import Server

/// The judge's scoring page runs the same marking operation as the API: a non-judge is
/// refused alike, and marks saved through the page reach the live board's viewers.
@Suite struct JudgePagesTests {
    @Test func marksSavedOnThePageReachTheLiveBoard() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: glazov, app: app, roles: [.unionStaff], port: server.port)
        let (judge, judgeMember) = try await SignedInMember.make("g@example.org", in: glazov, app: app, port: server.port)
        let (outsider, _) = try await SignedInMember.make("o@example.org", in: kurgan, app: app, port: server.port)
        let created = try await staff.send("POST", "/api/v1/events", json: """
            {"kind":"challenge","title":"Glocal City Challenge","city_ids":["\(glazov.id)","\(kurgan.id)"],"starts_on":"2026-12-01","ends_on":"2026-12-02"}
            """)
        let event = try #require(try created.json()["id"] as? String)
        let base = "/api/v1/challenges/\(event)"
        let rules = #"{"criteria":[{"id":"impact","name":"Влияние","weight":2},{"id":"design","name":"Дизайн","weight":1}],"judges_per_team":1}"#
        #expect(try await staff.send("PUT", base + "/rules", json: rules).status == 200)
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"open"}"#).status == 200)
        let team = try #require(try await staff.send("POST", base + "/teams", json: #"{"name":"Курган-1","city_id":"\#(kurgan.id)"}"#)
            .json()["id"] as? String)
        #expect(try await staff.send("POST", base + "/judges", json: #"{"member_id":"\#(judgeMember.id)"}"#).status == 201)
        #expect(try await staff.send("POST", base + "/assignments").status == 200)
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"running"}"#).status == 200)

        let viewer = try RawClient(port: server.port, timeout: 20)
        try await viewer.send("GET \(base)/leaderboard/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = try await viewer.received { $0.components(separatedBy: "event: leaderboard").count >= 2 }

        let form = "team_id=\(team)&mark_impact=9&mark_design=7"
        let refused = try await outsider.send("POST", "/challenges/\(event)/judge", json: form, contentType: "application/x-www-form-urlencoded")
        let refusedByAPI = try await outsider.send("POST", base + "/marks", json: #"{"team_id":"\#(team)","criterion_id":"impact","value":9}"#)
        #expect(refused.status == 403 && refusedByAPI.status == 403, "the page and the API give a non-judge the same verdict")

        let saved = try await judge.send("POST", "/challenges/\(event)/judge", json: form, contentType: "application/x-www-form-urlencoded")
        #expect(saved.status == 303)
        let live = try await viewer.received { $0.components(separatedBy: "event: leaderboard").count >= 3 }
        let latest = try #require(live.components(separatedBy: "event: leaderboard\ndata: ").last?.components(separatedBy: "\n\n").first)
        let board = try await APIClient(port: server.port).send("GET", base + "/leaderboard")
        #expect(latest == board.text, "the viewer holds the board with the page's marks")
        #expect(try await staff.send("GET", base + "/marks").json()["items"].map { ($0 as? [Any])?.count } == 2)

        // Sealed, the page shows the marks but takes none.
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"closed"}"#).status == 200)
        #expect(try await staff.send("POST", base + "/seal").status == 200)
        let sealed = try await judge.send("GET", "/challenges/\(event)/judge")
        #expect(sealed.text.contains("Приём новых оценок закрыт.") && sealed.text.contains("<fieldset disabled=\"disabled\">")
                && !sealed.text.contains("Сохранить оценки"))
        await server.stop()
    }
}
