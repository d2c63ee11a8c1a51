import Ledger
import Synchronization

/// One read transaction shared by every read a task (and its child tasks) makes while it
/// is current, so a page or an answer that reads several things sees them as of one
/// moment. The connection is borrowed at the first read and given back when the snapshot
/// ends; a task that never reads never takes one.
final class ReadSnapshot: Sendable {
    @TaskLocal static var current: ReadSnapshot?

    let pool: ReadConnectionPool
    private let lease = Mutex<ReadConnection?>(nil)

    init(pool: ReadConnectionPool) {
        self.pool = pool
    }

    /// Runs `body` on the snapshot's connection, inside its transaction.
    func read<T>(_ body: (SQLiteConnection) throws -> T) async throws -> T {
        let connection = try await connection()
        return try connection.use(body)
    }

    /// Ends the transaction and gives the connection back, if a read borrowed one.
    func end() {
        guard let connection = lease.withLock({ lease in defer { lease = nil }; return lease }) else { return }
        try? connection.use { if $0.isInTransaction { try $0.execute("ROLLBACK") } }
        pool.giveBack(connection)
    }

    private func connection() async throws -> ReadConnection {
        if let held = lease.withLock({ $0 }) { return held }
        let borrowed = await pool.borrow()
        do {
            try borrowed.use { try $0.execute("BEGIN") }
        } catch {
            pool.giveBack(borrowed)
            throw error
        }
        let held = lease.withLock { lease -> ReadConnection in
            if let lease { return lease }
            lease = borrowed
            return borrowed
        }
        if held !== borrowed {
            try? borrowed.use { try $0.execute("ROLLBACK") }
            pool.giveBack(borrowed)
        }
        return held
    }
}
