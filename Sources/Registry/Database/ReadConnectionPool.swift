import Ledger
import Synchronization

/// The node's read-only connections to its file, lent to one reader at a time so that
/// independent reads run side by side on every core instead of queueing on one
/// connection. In WAL mode none of them waits for the writer or makes it wait.
///
/// Connections are opened when first needed, up to `capacity`; a reader that finds them
/// all lent waits for the next one given back, in the order readers came.
public final class ReadConnectionPool: Sendable {
    private struct State {
        var idle: [LentConnection] = []
        var opened = 0
        var waiting: [CheckedContinuation<LentConnection, Never>] = []
    }

    private enum Grant {
        case ready(LentConnection)
        case open
        case wait
    }

    let path: String
    let capacity: Int
    private let state = Mutex(State())

    /// At least one connection per core, and a spare per core for readers that hold one
    /// while their page renders.
    public static var defaultCapacity: Int { max(4, 2 * ProcessInfoCores.count) }

    init(path: String, capacity: Int = ReadConnectionPool.defaultCapacity) {
        self.path = path
        self.capacity = capacity
    }

    /// A connection of its own for the caller until it gives it back with `giveBack(_:)`.
    func borrow() async throws -> LentConnection {
        let grant: Grant = state.withLock { state in
            if let connection = state.idle.popLast() { return .ready(connection) }
            guard state.opened < capacity else { return .wait }
            state.opened += 1
            return .open
        }
        switch grant {
        case .ready(let connection):
            return connection
        case .open:
            do {
                return LentConnection(try SQLiteConnection(path: path, readOnly: true))
            } catch {
                state.withLock { $0.opened -= 1 }
                throw error
            }
        case .wait:
            return await withCheckedContinuation { continuation in
                let ready: LentConnection? = state.withLock { state in
                    if let connection = state.idle.popLast() { return connection }
                    state.waiting.append(continuation)
                    return nil
                }
                if let ready { continuation.resume(returning: ready) }
            }
        }
    }

    /// Takes back a connection, outside any transaction, for the next reader.
    func giveBack(_ connection: LentConnection) {
        let waiter: CheckedContinuation<LentConnection, Never>? = state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.idle.append(connection)
                return nil
            }
            return state.waiting.removeFirst()
        }
        waiter?.resume(returning: connection)
    }

    /// Runs `body` on a borrowed connection inside one read transaction.
    func read<T: Sendable>(_ body: (SQLiteConnection) throws -> T) async throws -> T {
        let lent = try await borrow()
        defer { giveBack(lent) }
        return try lent.inTransaction(body)
    }
}

/// A read-only connection while the pool lends it: whoever borrowed it is its only user
/// until it is given back, which is what makes handing it between tasks sound.
final class LentConnection: @unchecked Sendable {
    let connection: SQLiteConnection

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Runs `body` inside one read transaction, which it ends whatever happens.
    func inTransaction<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try connection.execute("BEGIN")
        defer { endTransaction() }
        return try body(connection)
    }

    /// Ends the read transaction this connection is in, if any.
    func endTransaction() {
        if connection.isInTransaction { try? connection.execute("ROLLBACK") }
    }
}
