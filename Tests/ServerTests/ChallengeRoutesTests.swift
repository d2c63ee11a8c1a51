import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The Challenge over HTTP: staff set it up, a judge marks only assigned teams and never
/// one it has a conflict with, the live board reaches an SSE viewer, and the sealed results
/// are published byte for byte as hashed in the ledger.
@Suite struct ChallengeRoutesTests {
    @Test func aChallengeRunsFromRulesToSealedResultsWithALiveBoard() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (staff, _) = try await SignedInMember.make("staff@example.org", in: glazov, app: app, roles: [.unionStaff], port: server.port)
        let (glazovJudge, glazovMember) = try await SignedInMember.make("g@example.org", in: glazov, app: app, port: server.port)
        let (kurganJudge, kurganMember) = try await SignedInMember.make("k@example.org", in: kurgan, app: app, port: server.port)
        let (outsider, _) = try await SignedInMember.make("o@example.org", in: kurgan, app: app, port: server.port)
        let created = try await staff.send("POST", "/api/v1/events", json: """
            {"kind":"challenge","title":"Glocal City Challenge","city_ids":["\(glazov.id)","\(kurgan.id)"],"starts_on":"2026-12-01","ends_on":"2026-12-02"}
            """)
        #expect(created.status == 201)
        let event = try #require(try created.json()["id"] as? String)
        let base = "/api/v1/challenges/\(event)"
        let rules = #"{"criteria":[{"id":"impact","name":"Влияние","weight":2},{"id":"design","name":"Дизайн","weight":1}],"judges_per_team":1,"awards":[{"name":"Лучший дизайн","criterion_id":"design"}]}"#
        #expect(try await glazovJudge.send("PUT", base + "/rules", json: rules).status == 403)
        #expect(try await staff.send("PUT", base + "/rules", json: rules).status == 200)
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"open"}"#).status == 200)
        var teams: [String: String] = [:]
        for (name, city) in [("Глазов-1", glazov.id), ("Курган-1", kurgan.id)] {
            let team = try await staff.send("POST", base + "/teams", json: #"{"name":"\#(name)","city_id":"\#(city)"}"#)
            #expect(team.status == 201)
            teams[name] = try team.json()["id"] as? String
        }
        for judge in [glazovMember, kurganMember] {
            #expect(try await staff.send("POST", base + "/judges", json: #"{"member_id":"\#(judge.id)"}"#).status == 201)
        }
        let assigned = try await staff.send("POST", base + "/assignments")
        #expect(assigned.status == 200 && assigned.text.contains(glazovMember.id.rawValue), "\(assigned.text)")
        let conflicts = try await glazovJudge.send("GET", base + "/conflicts")
        #expect(conflicts.text.contains("own_town"))
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"running"}"#).status == 200)

        let viewer = try RawClient(port: server.port, timeout: 20)
        try await viewer.send("GET \(base)/leaderboard/stream HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let first = try await viewer.received { $0.components(separatedBy: "event: leaderboard").count >= 2 }
        #expect(first.contains("text/event-stream"))

        let kurganTeam = try #require(teams["Курган-1"])
        let glazovTeam = try #require(teams["Глазов-1"])
        let mark = #"{"team_id":"\#(kurganTeam)","criterion_id":"impact","value":9}"#
        #expect(try await outsider.send("POST", base + "/marks", json: mark).status == 403, "not a judge")
        let wrongTeam = try await glazovJudge.send("POST", base + "/marks", json: #"{"team_id":"\#(glazovTeam)","criterion_id":"impact","value":9}"#)
        #expect(wrongTeam.status == 409, "its own town's team: never assigned")
        #expect(try await glazovJudge.send("POST", base + "/marks", json: mark).status == 201)
        let live = try await viewer.received { $0.components(separatedBy: "event: leaderboard").count >= 3 }
        #expect(live.contains(kurganTeam), "the viewer got the board after the mark")
        for (criterion, value) in [("design", 7)] {
            let body = #"{"team_id":"\#(kurganTeam)","criterion_id":"\#(criterion)","value":\#(value)}"#
            #expect(try await glazovJudge.send("POST", base + "/marks", json: body).status == 201)
        }
        let form = try await glazovJudge.send("GET", "/challenges/\(event)/judge")
        #expect(form.status == 200 && form.text.contains("Курган-1") && form.text.contains("name=\"mark_impact\""))
        #expect(form.text.contains("Глазов-1: судья из города команды"), "conflicts shown beside the teams")
        let saved = try await glazovJudge.send("POST", "/challenges/\(event)/judge", json: "team_id=\(kurganTeam)&mark_impact=8",
                                               contentType: "application/x-www-form-urlencoded")
        #expect(saved.status == 303)
        let refused = try await glazovJudge.send("POST", "/challenges/\(event)/judge", json: "team_id=\(glazovTeam)&mark_impact=8",
                                                 contentType: "application/x-www-form-urlencoded")
        #expect(refused.status == 409 && refused.text.contains("role=\"alert\""))
        let progress = try await glazovJudge.send("GET", base + "/progress").json()
        #expect(progress["complete"] as? [String] == [kurganTeam])
        #expect(try await APIClient(port: server.port).send("GET", base + "/leaderboard?live=true").status == 401)
        #expect(try await staff.send("GET", base + "/marks").json()["items"].map { ($0 as? [Any])?.count } == 3, "two marks and a correction")

        let board = try await APIClient(port: server.port).send("GET", "/challenges/\(event)/board")
        #expect(board.status == 200 && board.text.contains("Курган-1") && board.text.contains("data-stream=\"\(base)/leaderboard/stream\""))
        #expect(board.text.contains("<script src=\"/assets/board.js\""))
        #expect(try await staff.send("PUT", "/api/v1/events/\(event)/status", json: #"{"status":"closed"}"#).status == 200)
        let sealed = try await staff.send("POST", base + "/seal")
        #expect(sealed.status == 200)
        let seal = try #require(try sealed.json()["seal"] as? [String: Any])
        let results = try await APIClient(port: server.port).send("GET", "/api/v1/events/\(event)/results")
        #expect(SHA256.hash(results.body).hex == seal["results_sha256"] as? String)
        #expect(results.text.contains(kurganTeam) && results.text.contains("\"rules\""))
        _ = kurganJudge
        await server.stop()
    }
}
