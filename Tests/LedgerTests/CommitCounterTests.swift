import Testing
@testable import Ledger

/// The commit counts move by what each commit's writes may change (`WriteReach`).
@Suite struct CommitCounterTests {
    private struct Refused: Error {}

    @Test func eachCommitMovesTheCountsItsWritesMayChange() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/commits",
                                             nodeKey: try Ed25519PrivateKey.generate())
        let counter = ledger.commits
        let start = (every: counter.value, beyond: counter.valueBeyondJudging)

        try await ledger.write(reach: .sessionUse) { transaction in
            _ = try transaction.database.run("CREATE TEMP TABLE IF NOT EXISTS seen (at TEXT)")
        }
        #expect(counter.value == start.every && counter.valueBeyondJudging == start.beyond, "a session's last use moves neither")

        await #expect(throws: Refused.self) {
            try await ledger.write { _ -> Int in throw Refused() }
        }
        #expect(counter.value == start.every && counter.valueBeyondJudging == start.beyond, "a refused write changed nothing")

        // From here on the writer also signs checkpoints of the grown log, which move only the count of every change.
        let signer = ledger.nodeKey
        try await ledger.write(reach: .judging) { transaction in
            _ = try transaction.append(kind: "challenge.mark", payload: ["value": 7], author: signer)
        }
        #expect(counter.value > start.every && counter.valueBeyondJudging == start.beyond, "a mark moves only the count of every change")

        let afterMark = (every: counter.value, beyond: counter.valueBeyondJudging)

        try await ledger.append(kind: "ip.deposit", payload: ["asset": "ipa_1"])
        #expect(counter.value > afterMark.every && counter.valueBeyondJudging == afterMark.beyond + 1, "any other write moves both")
    }
}
