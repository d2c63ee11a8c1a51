import Ledger
import Testing

@testable import Registry

@Suite struct IdempotencyStoreTests {
    private let hashA = SHA256.hash(Array("POST /a {}".utf8)).bytes
    private let hashB = SHA256.hash(Array("POST /a {\"x\":1}".utf8)).bytes

    @Test func claimsReplaysAndRefusesMismatches() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, clock: test.clock.function)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .fresh)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .inProgress)
        #expect(try await store.claim(scope: "acc_2", key: "k", requestHash: hashA) == .fresh, "keys are per scope")
        let answer = IdempotencyStore.StoredResponse(status: 201, contentType: "application/json", body: Array("{}".utf8))
        try await store.complete(scope: "acc_1", key: "k", response: answer)
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashA) == .replay(answer))
        #expect(try await store.claim(scope: "acc_1", key: "k", requestHash: hashB) == .mismatch)
    }

    @Test func releasedKeysRunAgainAndOldKeysAreForgotten() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let store = IdempotencyStore(database: test.node.database, retention: .seconds(3600), clock: test.clock.function)
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .fresh)
        try await store.release(scope: "s", key: "k")
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashB) == .fresh)
        try await store.complete(scope: "s", key: "k", response: .init(status: 201, contentType: nil, body: []))
        test.clock.advance(.seconds(3601))
        #expect(try await store.claim(scope: "s", key: "k", requestHash: hashA) == .fresh)
    }
}
