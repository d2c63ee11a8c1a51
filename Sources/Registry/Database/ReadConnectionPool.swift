import Glibc
import Ledger
import Synchronization

/// Read-only connections to the node's SQLite file, one per core, each lent to one
/// snapshot at a time, so pages that read many things run in parallel on every core. A
/// snapshot that finds none idle waits for the next one given back, in the order it asked.
final class ReadConnectionPool: Sendable {
    private struct State: ~Copyable {
        var idle: [ReadConnection]
        var waiting: [CheckedContinuation<ReadConnection, Never>] = []
    }

    private let state: Mutex<State>

    init(path: String, size: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))) throws {
        let connections = try (0..<size).map { _ in ReadConnection(try SQLiteConnection(path: path, readOnly: true)) }
        state = Mutex(State(idle: connections))
    }

    /// An idle connection, once one is.
    func borrow() async -> ReadConnection {
        if let connection = state.withLock({ $0.idle.popLast() }) { return connection }
        return await withCheckedContinuation { continuation in
            let ready: ReadConnection? = state.withLock { state in
                if let connection = state.idle.popLast() { return connection }
                state.waiting.append(continuation)
                return nil
            }
            if let ready { continuation.resume(returning: ready) }
        }
    }

    /// Gives `connection` to the longest waiting reader, or back to the idle ones.
    func giveBack(_ connection: ReadConnection) {
        let next: CheckedContinuation<ReadConnection, Never>? = state.withLock { state in
            guard !state.waiting.isEmpty else {
                state.idle.append(connection)
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: connection)
    }
}

/// One read-only connection of the pool. A connection is not `Sendable`; this one is
/// handed to one reader at a time by the pool, and a snapshot shared by a request's tasks
/// runs their queries one after another under its lock.
final class ReadConnection: @unchecked Sendable {
    private let connection: SQLiteConnection
    private let lock = Mutex(())

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    /// Runs `body` alone on the connection.
    func use<T>(_ body: (SQLiteConnection) throws -> T) throws -> T {
        try lock.withLock { _ in try body(connection) }
    }
}
