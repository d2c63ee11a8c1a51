import Ledger

/// The registry's access to the node's one SQLite file, shared with the ledger.
///
/// Writes go through `Ledger.write`, so the node has exactly one writer and a registry
/// change commits in the same transaction as any ledger entry it appends. Reads go
/// through a pool of read-only connections: in WAL mode each sees every committed write
/// and never waits for the writer, nor makes it wait, and reads run on every core.
public final class RegistryDatabase: Sendable {
    public let ledger: Ledger
    private let readers: ReadConnectionPool

    private init(ledger: Ledger, readers: ReadConnectionPool) {
        self.ledger = ledger
        self.readers = readers
    }

    /// Applies the registry's migrations to the ledger's database file; read
    /// connections open as reads need them. Each migration runs in its own transaction,
    /// on a connection of its own that is closed before this returns.
    public static func open(ledger: Ledger, readConnections: Int = ReadConnectionPool.defaultCapacity) throws -> RegistryDatabase {
        try migrate(path: ledger.path)
        return RegistryDatabase(ledger: ledger, readers: ReadConnectionPool(path: ledger.path, capacity: readConnections))
    }

    private static func migrate(path: String) throws {
        let connection = try SQLiteConnection(path: path)
        try Migrator(RegistrySchema.migrations).migrate(connection)
    }

    /// Runs `body` inside the ledger's group-committed transaction: its registry rows
    /// (through `transaction.database`) and any entries it appends commit together or
    /// not at all. Returns once durable. A write made for a request that holds an
    /// `Idempotency-Key` records the key's outcome in the same transaction. `reach` says what
    /// `body` may change, for the pages and counts kept beside (`CommitCounter`).
    @discardableResult
    public func write<T: Sendable>(reach: WriteReach = .anything,
                                   _ body: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        if let snapshot = ReadSnapshot.current, snapshot.isOwnedByCurrentTask { snapshot.end() }
        guard let keyed = KeyedWrite.current else { return try await ledger.write(reach: reach, body) }
        return try await ledger.write(reach: reach) { transaction in
            let result = try body(transaction)
            try keyed.settle(transaction.database, after: result)
            return result
        }
    }

    /// Runs `body` inside one read transaction, so that all its queries see the same
    /// committed state: the request's snapshot when the caller reads for a request
    /// (`withReadSnapshot`), otherwise a transaction of its own on a borrowed connection.
    public func read<T: Sendable>(_ body: @Sendable (SQLiteConnection) throws -> T) async throws -> T {
        if let snapshot = ReadSnapshot.current, snapshot.isOwnedByCurrentTask { return try await snapshot.read(body) }
        return try await readers.read(body)
    }

    /// Runs `operation` with its reads in one read transaction, begun on the first read
    /// and ended by the first write or when `operation` returns, so that what it shows
    /// is one committed state.
    public func withReadSnapshot<T: Sendable>(_ operation: () async throws -> T) async rethrows -> T {
        let snapshot = ReadSnapshot(pool: readers)
        defer { snapshot.end() }
        return try await ReadSnapshot.$current.withValue(snapshot, operation: operation)
    }
}
