import Ledger
import Testing

@testable import Registry

@Suite struct IdempotencyStoreTests {
    private let hashA = SHA256.hash(Array("POST /a {}".utf8)).bytes
    private let hashB = SHA256.hash(Array("POST /a {\"x\":1}".utf8)).bytes
    private let answer = IdempotencyStore.StoredResponse(status: 201, contentType: "application/json", body: Array("{}".utf8))

    @Test func claimsReplaysAndRefusesMismatches() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .fresh)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .inProgress)
        #expect(try await store.claim(scope: "acc_2", key: "k", requestHash: hashA) == .fresh, "keys are per scope")
        #expect(try await store.finish(scope: "acc_1", key: "k", response: answer, succeeded: true) == .storedWithoutWrite)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .replay(answer))
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashB) == .mismatch)
    }

    @Test func aLargeAnswerIsKeptCompressedAndReplayedByteForByte() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        let items = (0..<40).map { #"{"id":"prj_\#(String(repeating: "0", count: 28))\#(1000 + $0)","stage":"idea","city":"Глазов"}"# }
        let large = IdempotencyStore.StoredResponse(status: 201, contentType: "application/json",
                                                    body: Array(("[" + items.joined(separator: ",") + "]").utf8))
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .fresh)
        _ = try await store.finish(scope: "acc_1", key: "k", response: large, succeeded: true)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .replay(large))
        let kept = try test.column("size", "SELECT length(body) AS size FROM idempotency_key WHERE body_format = 'lz'")
        #expect(kept.count == 1 && (Int(kept[0]) ?? .max) * 3 < large.body.count, "\(kept) of \(large.body.count) bytes")
    }

    @Test func failuresBeforeAnyWriteFreeTheKeyAndOldKeysAreForgotten() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, retention: .seconds(3600), clock: test.clock.function)
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .fresh)
        let refusal = IdempotencyStore.StoredResponse(status: 422, contentType: "application/problem+json", body: [])
        #expect(try await store.finish(scope: "s", key: "k", response: refusal, succeeded: false) == .released)
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashB) == .fresh)
        try await store.finish(scope: "s", key: "k", response: answer, succeeded: true)
        test.clock.advance(.seconds(3601))
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .fresh)
    }

    /// A keyed write records the key's outcome, and the answer it renders, in its own
    /// transaction; a write that throws leaves the key as it was.
    @Test func aKeyedWriteKeepsItsOutcomeAndAnswerInItsOwnTransaction() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        let database = test.node.database
        #expect(try await store.claim(scope: "s", key: "refused", requestHash: hashA) == .fresh)
        await #expect(throws: MembershipConflict.self) {
            try await KeyedWrite.$current.withValue(store.keyedWrite(scope: "s", key: "refused")) {
                try await database.write { _ in throw MembershipConflict.accountHasMember }
            }
        }
        #expect(try await state(of: "refused", in: database) == "pending")

        #expect(try await store.claim(scope: "s", key: "plain", requestHash: hashA) == .fresh)
        try await KeyedWrite.$current.withValue(store.keyedWrite(scope: "s", key: "plain")) {
            try await database.write { _ in 7 }
        }
        #expect(try await state(of: "plain", in: database) == "committed")

        #expect(try await store.claim(scope: "s", key: "answered", requestHash: hashA) == .fresh)
        let answering = store.keyedWrite(scope: "s", key: "answered").answering { result in
            (result as? Int).map { .init(status: 201, contentType: "text/plain", body: Array(String($0).utf8)) }
        }
        try await KeyedWrite.$current.withValue(answering) { try await database.write { _ in 42 } }
        #expect(try await state(of: "answered", in: database) == "done")
        #expect(try await store.claim(scope: "s", key: "answered", requestHash: hashA)
                == .replay(.init(status: 201, contentType: "text/plain", body: Array("42".utf8))))
        #expect(try await store.finish(scope: "s", key: "answered", response: answer, succeeded: true) == .storedWithWrite)
    }

    /// One process serves a data folder, so a claim held by another store was left by a
    /// process that stopped: with nothing written the request runs again; with its answer
    /// stored the answer is replayed; written without an answer, the client is told so.
    @Test func claimsLeftByAStoppedProcessAreResolved() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let stopped = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        let database = test.node.database
        for key in ["nothing", "written", "answered"] {
            #expect(try await stopped.claim(scope: "s", key: key, requestHash: hashA) == .fresh)
        }
        try await KeyedWrite.$current.withValue(stopped.keyedWrite(scope: "s", key: "written")) {
            try await database.write { _ in () }
        }
        let answering = stopped.keyedWrite(scope: "s", key: "answered").answering { [answer] _ in answer }
        try await KeyedWrite.$current.withValue(answering) { try await database.write { _ in () } }

        let restarted = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        #expect(try await restarted.claim(scope: "s", key: "nothing", requestHash: hashA) == .fresh)
        #expect(try await restarted.claim(scope: "s", key: "nothing", requestHash: hashA) == .inProgress,
                "the retry now holds the key")
        #expect(try await restarted.claim(scope: "s", key: "answered", requestHash: hashA) == .replay(answer))
        #expect(try await restarted.claim(scope: "s", key: "written", requestHash: hashA) == .answerLost)
        #expect(try await restarted.claim(scope: "s", key: "answered", requestHash: hashB) == .mismatch)
    }

    /// A request that wrote and then failed keeps its failure as the answer: a retry must
    /// not write again.
    @Test func aFailureAfterAWriteIsKeptAsTheAnswer() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .fresh)
        try await KeyedWrite.$current.withValue(store.keyedWrite(scope: "s", key: "k")) {
            try await test.node.database.write { _ in () }
        }
        let failure = IdempotencyStore.StoredResponse(status: 409, contentType: "application/problem+json", body: Array("{}".utf8))
        #expect(try await store.finish(scope: "s", key: "k", response: failure, succeeded: false) == .storedAfterWrite)
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .replay(failure))
    }

    private func state(of key: String, in database: RegistryDatabase) async throws -> String? {
        try await database.read { try $0.queryFirst("SELECT state FROM idempotency_key WHERE key = ?", [.text(key)]) { try $0.text("state") } }
    }
}
