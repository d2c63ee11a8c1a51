import Ledger

/// The registry's access to the node's one SQLite file, shared with the ledger.
///
/// Writes go through `Ledger.write`, so the node has exactly one writer and a registry
/// change commits in the same transaction as any ledger entry it appends. Reads go
/// through this actor's own read-only connection: in WAL mode it sees every committed
/// write and never waits for the writer, nor makes it wait.
public actor RegistryDatabase {
    public nonisolated let ledger: Ledger
    private let reader: SQLiteConnection

    private init(ledger: Ledger, reader: SQLiteConnection) {
        self.ledger = ledger
        self.reader = reader
    }

    /// Applies the registry's migrations to the ledger's database file, then opens the
    /// read connection. Each migration runs in its own transaction, on a connection of
    /// its own that is closed before this returns.
    public static func open(ledger: Ledger) throws -> RegistryDatabase {
        try migrate(path: ledger.path)
        return RegistryDatabase(ledger: ledger, reader: try SQLiteConnection(path: ledger.path, readOnly: true))
    }

    private static func migrate(path: String) throws {
        let connection = try SQLiteConnection(path: path)
        try Migrator(RegistrySchema.migrations).migrate(connection)
    }

    /// Runs `body` inside the ledger's group-committed transaction: its registry rows
    /// (through `transaction.database`) and any entries it appends commit together or
    /// not at all. Returns once durable. A write made for a request that holds an
    /// `Idempotency-Key` records the key's outcome in the same transaction.
    @discardableResult
    public nonisolated func write<T: Sendable>(_ body: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        guard let keyed = KeyedWrite.current else { return try await ledger.write(body) }
        return try await ledger.write { transaction in
            let result = try body(transaction)
            try keyed.settle(transaction.database, after: result)
            return result
        }
    }

    /// Runs `body` on the read connection inside one read transaction, so that all its
    /// queries see the same committed state.
    public func read<T: Sendable>(_ body: @Sendable (SQLiteConnection) throws -> T) throws -> T {
        try reader.execute("BEGIN")
        defer { if reader.isInTransaction { try? reader.execute("ROLLBACK") } }
        let value = try body(reader)
        try reader.execute("COMMIT")
        return value
    }
}
