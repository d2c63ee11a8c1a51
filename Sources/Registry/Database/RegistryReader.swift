import Ledger

/// The registry's one connection for single reads, behind an actor: reads that arrive
/// together run one after another on one thread, each in a read transaction of its own.
actor RegistryReader {
    private let connection: SQLiteConnection

    init(_ connection: SQLiteConnection) {
        self.connection = connection
    }

    func read<T: Sendable>(_ body: @Sendable (SQLiteConnection) throws -> T) throws -> T {
        try connection.execute("BEGIN")
        defer { if connection.isInTransaction { try? connection.execute("ROLLBACK") } }
        let value = try body(connection)
        try connection.execute("COMMIT")
        return value
    }
}
