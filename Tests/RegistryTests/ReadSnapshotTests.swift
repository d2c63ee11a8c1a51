import Dispatch
import Ledger
import Testing
@testable import Registry

/// Reads through the pool of read connections: side by side, and one request's reads as
/// of one committed state.
@Suite struct ReadSnapshotTests {
    private static func accountCount(_ database: RegistryDatabase) async throws -> Int {
        try await database.read { connection in
            try connection.queryOne("SELECT count(*) AS n FROM account") { row throws(StorageError) in try row.int("n") }
        }
    }

    @Test func twoReadsRunAtTheSameTime() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let database = test.node.database
        let first = DispatchSemaphore(value: 0)
        let second = DispatchSemaphore(value: 0)
        // Each read waits, inside its transaction, for the other to have begun: with one
        // shared connection the second could not begin until the first ended.
        async let one: Bool = database.read { _ in
            first.signal()
            return second.wait(timeout: .now() + 10) == .success
        }
        async let two: Bool = database.read { _ in
            second.signal()
            return first.wait(timeout: .now() + 10) == .success
        }
        #expect(try await [one, two] == [true, true])
    }

    @Test func aReaderWaitsForAConnectionWhenAllAreLent() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let pool = ReadConnectionPool(path: test.databasePath, capacity: 1)
        let lent = try await pool.borrow()
        let waiting = Task { try await pool.read { try $0.queryOne("SELECT 7 AS n") { row throws(StorageError) in try row.int("n") } } }
        try await Task.sleep(for: .milliseconds(50))
        pool.giveBack(lent)
        #expect(try await waiting.value == 7)
        let again = try await pool.borrow()
        #expect(again === lent)
    }

    @Test func aSnapshotSeesOneCommittedStateUntilItsOwnWrite() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let database = test.node.database
        try await database.withReadSnapshot {
            #expect(try await Self.accountCount(database) == 0)
            // Another task's acknowledged write is not seen by the snapshot begun before it...
            try await Task {
                _ = try await test.accounts.createAccount(email: "ada@example.org", password: "correct horse battery staple")
            }.value
            #expect(try await Self.accountCount(database) == 0)
            // ...but the snapshot's own task sees its own write and everything before it.
            _ = try await test.accounts.createAccount(email: "grace@example.org", password: "correct horse battery staple")
            #expect(try await Self.accountCount(database) == 2)
        }
        #expect(try await Self.accountCount(database) == 2)
    }

    @Test func tasksStartedInASnapshotReadOnTheirOwnConnections() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let database = try RegistryDatabase.open(ledger: test.node.ledger, readConnections: 2)
        try await database.withReadSnapshot {
            #expect(try await Self.accountCount(database) == 0)
            let counts = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<8 { group.addTask { try await Self.accountCount(database) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(counts == Array(repeating: 0, count: 8))
        }
    }
}
