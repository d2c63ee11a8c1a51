import Ledger
import Synchronization

/// The node's read-only connections to its file, lent to one reader at a time so that
/// independent reads run side by side on every core instead of queueing on one
/// connection. In WAL mode none of them waits for the writer or makes it wait.
///
/// Connections are opened when first needed, up to `capacity`; a reader that finds them
/// all lent waits until one is given back.
public final class ReadConnectionPool: Sendable {
    private struct State {
        var idle: [LentConnection] = []
        var opened = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
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
    ///
    /// A reader that finds none idle waits to be told that one was given back, then tries
    /// again with everyone else: a connection never sits lent to a reader whose thread is
    /// still busy with something else, so no queue of handovers can form.
    func borrow() async throws -> LentConnection {
        while true {
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
                await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
                    let given = state.withLock { state in
                        if !state.idle.isEmpty { return true }
                        state.waiting.append(continuation)
                        return false
                    }
                    if given { continuation.resume() }
                }
            }
        }
    }

    /// Takes back a connection, outside any transaction, and wakes the reader that has
    /// waited longest.
    func giveBack(_ connection: LentConnection) {
        let waiter = state.withLock { state in
            state.idle.append(connection)
            return state.waiting.isEmpty ? nil : state.waiting.removeFirst()
        }
        waiter?.resume()
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
        try beginTransaction()
        defer { endTransaction() }
        return try body(connection)
    }

    /// Begins a read transaction. `BEGIN` and `ROLLBACK` run as statements prepared once
    /// per connection: a request pays for each around its reads.
    func beginTransaction() throws {
        _ = try connection.run("BEGIN")
    }

    /// Ends the read transaction this connection is in, if any.
    func endTransaction() {
        if connection.isInTransaction { _ = try? connection.run("ROLLBACK") }
    }
}
