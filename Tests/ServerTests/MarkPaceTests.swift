import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// A judge gives marks at a person's pace: a burst, then a steady rate; beyond it the API
/// answers 429 with `Retry-After` and the scoring form says so beside the sheet, and
/// nothing is written. A sheet is saved whole or not at all.
@Suite struct MarkPaceTests {
    @Test func aPaceAllowsABurstThenRefillsAndTakesASheetWholeOrNotAtAll() throws {
        let pace = ActPace(burst: 4, perSecond: 2)
        let start = ContinuousClock.now
        for _ in 0..<4 { try pace.take(for: "acc_a", at: start) }
        #expect(throws: ActPaceExceeded(perSecond: 2, retryAfterSeconds: 1)) { try pace.take(for: "acc_a", at: start) }
        try pace.take(for: "acc_b", at: start)
        try pace.take(for: "acc_a", at: start + .milliseconds(500))
        #expect(throws: ActPaceExceeded(perSecond: 2, retryAfterSeconds: 2), "three at once need a second and a half") {
            try pace.take(3, for: "acc_a", at: start + .milliseconds(500))
        }
        try pace.take(3, for: "acc_a", at: start + .seconds(2))
        #expect(throws: ActPaceExceeded.self, "the sheet refused took nothing, and the one taken took all three") {
            try pace.take(2, for: "acc_a", at: start + .seconds(2))
        }
    }

    @Test func aJudgeMarkingFasterThanItsPaceIsRefusedWithNothingWritten() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let kurgan = try await node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let (judge, member) = try await SignedInMember.make("judge@example.org", in: kurgan, app: app, port: server.port)
        let challenge = try await RunningChallenge.start(node, teamOf: glazov, judge: member, of: kurgan, criteria: ChallengeRules.maximumCriteria)
        let (event, team) = (challenge.event, challenge.team)

        // A sheet with one mark off its scale is refused beside that mark, and saves none.
        let offScale = (0..<ChallengeRules.maximumCriteria).map { "mark_c\($0)=\($0 == 2 ? 11 : 5)" }.joined(separator: "&")
        let refusedSheet = try await judge.send("POST", "/challenges/\(event)/judge", json: "team_id=\(team.id)&\(offScale)",
                                                contentType: "application/x-www-form-urlencoded")
        #expect(refusedSheet.status == 422 && refusedSheet.text.contains("role=\"alert\""))
        #expect(try await node.challenges.marks(by: member.id, in: event).isEmpty, "no mark of the refused sheet was saved")

        // Marks as fast as the answers come, until the pace refuses one.
        let marks = "/api/v1/challenges/\(event)/marks"
        var given = 0
        var refusal: (response: RawResponse, sizeBefore: Int)?
        while refusal == nil && given < 20 * JudgePace.marksAtOnce {
            let body = #"{"team_id":"\#(team.id)","criterion_id":"c\#(given % 20)","value":\#(given % 10)}"#
            let sizeBefore = await node.ledger.size
            let answer = try await judge.send("POST", marks, json: body)
            if answer.status == 201 { given += 1 } else { refusal = (answer, sizeBefore) }
        }
        let (refused, size) = try #require(refusal)
        #expect(given >= JudgePace.marksAtOnce, "a whole burst was given first")
        #expect(refused.status == 429 && refused.header("Retry-After") == "1")
        #expect(refused.header("Content-Type") == "application/problem+json" && refused.text.contains("too-many-requests"))
        #expect(await node.ledger.size == size, "the refused mark wrote nothing")

        let sheet = (0..<ChallengeRules.maximumCriteria).map { "mark_c\($0)=10" }.joined(separator: "&")
        let page = try await judge.send("POST", "/challenges/\(event)/judge", json: "team_id=\(team.id)&\(sheet)",
                                        contentType: "application/x-www-form-urlencoded")
        #expect(page.status == 429 && page.text.contains("Слишком часто.") && page.text.contains("role=\"alert\""))
        #expect(page.text.contains("value=\"10\""), "the typed marks are kept in the sheet")
        #expect(await node.ledger.size == size, "no mark of the sheet was saved")
        #expect(try await node.challenges.marks(by: member.id, in: event).allSatisfy { $0.value != 10 })
        await server.stop()
    }
}
