import Ledger

/// The registry's access to the node's one SQLite file, shared with the ledger.
///
/// Writes go through `Ledger.write`, so the node has exactly one writer and a registry
/// change commits in the same transaction as any ledger entry it appends. Reads use
/// read-only connections, which in WAL mode see every committed write and never wait for
/// the writer, nor make it wait. A single read queues on `RegistryReader`, one connection
/// behind an actor: on two cores, short reads run fastest one after another (two readers
/// at once measured a third slower). A snapshot — a page that reads a dozen things —
/// borrows a connection of its own from a pool, one per core, and reads them all in one
/// read transaction, beside other pages.
public final class RegistryDatabase: Sendable {
    public let ledger: Ledger
    private let reader: RegistryReader
    private let readers: ReadConnectionPool

    private init(ledger: Ledger, reader: RegistryReader, readers: ReadConnectionPool) {
        self.ledger = ledger
        self.reader = reader
        self.readers = readers
    }

    /// Applies the registry's migrations to the ledger's database file, then opens the
    /// read connections. Each migration runs in its own transaction, on a connection of
    /// its own that is closed before this returns.
    public static func open(ledger: Ledger) throws -> RegistryDatabase {
        try migrate(path: ledger.path)
        return RegistryDatabase(ledger: ledger, reader: RegistryReader(try SQLiteConnection(path: ledger.path, readOnly: true)),
                                readers: try ReadConnectionPool(path: ledger.path))
    }

    private static func migrate(path: String) throws {
        let connection = try SQLiteConnection(path: path)
        try Migrator(RegistrySchema.migrations).migrate(connection)
    }

    /// Runs `body` inside the ledger's group-committed transaction: its registry rows
    /// (through `transaction.database`) and any entries it appends commit together or
    /// not at all. Returns once durable.
    @discardableResult
    public func write<T: Sendable>(_ body: @escaping @Sendable (LedgerTransaction) throws -> T) async throws -> T {
        try await ledger.write(body)
    }

    /// Runs `body` on a read connection inside one read transaction, so that all its
    /// queries see the same committed state; within `snapshot`, inside the snapshot's.
    public func read<T: Sendable>(_ body: @Sendable (SQLiteConnection) throws -> T) async throws -> T {
        if let snapshot = ReadSnapshot.current, snapshot.pool === readers { return try await snapshot.read(body) }
        return try await reader.read(body)
    }

    /// Runs `body` with every read it makes (and its child tasks make) in one read
    /// transaction, so a page or an answer that reads several things sees one state.
    public func snapshot<T>(_ body: () async throws -> T) async throws -> T {
        if let current = ReadSnapshot.current, current.pool === readers { return try await body() }
        let snapshot = ReadSnapshot(pool: readers)
        defer { snapshot.end() }
        return try await ReadSnapshot.$current.withValue(snapshot) { try await body() }
    }
}
