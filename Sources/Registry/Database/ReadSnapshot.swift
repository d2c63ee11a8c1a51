import Ledger

/// One request's reads in one read transaction, so that a page or an answer that reads
/// several things sees them as of one committed state.
///
/// `RegistryDatabase.withReadSnapshot` opens it around a request; every
/// `RegistryDatabase.read` the request's own task makes then runs on the connection it
/// borrowed on its first read. A write the task makes gives the connection back first,
/// so reads after it see it. Tasks the request starts (a live feed's stream, a child
/// task) inherit the task-local value but not the connection: their reads borrow their
/// own, because a connection has one user at a time.
final class ReadSnapshot: @unchecked Sendable {
    @TaskLocal static var current: ReadSnapshot?

    private let pool: ReadConnectionPool
    private let owner: UnsafeCurrentTask?
    /// Touched only by `owner`, whose steps run one after another.
    private var lent: LentConnection?

    init(pool: ReadConnectionPool) {
        self.pool = pool
        owner = withUnsafeCurrentTask { $0 }
    }

    /// Whether the calling task is the one this snapshot reads for.
    var isOwnedByCurrentTask: Bool {
        guard let owner else { return false }
        return withUnsafeCurrentTask { $0 == owner }
    }

    /// Runs `body` in the snapshot's read transaction, beginning it on the first read.
    func read<T>(_ body: (SQLiteConnection) throws -> T) async throws -> T {
        let lent = try await transaction()
        do {
            return try body(lent.connection)
        } catch {
            end()
            throw error
        }
    }

    private func transaction() async throws -> LentConnection {
        if let lent { return lent }
        let borrowed = try await pool.borrow()
        do {
            try borrowed.beginTransaction()
        } catch {
            pool.giveBack(borrowed)
            throw error
        }
        lent = borrowed
        return borrowed
    }

    /// Ends the read transaction and gives its connection back; a later read begins anew.
    func end() {
        guard let lent else { return }
        self.lent = nil
        lent.endTransaction()
        pool.giveBack(lent)
    }
}
