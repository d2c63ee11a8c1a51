/// Copies the ledger writer's log (SQLite's WAL) back into the database file on a
/// connection and thread of its own. Left to SQLite, the commit that fills the log runs
/// the checkpoint itself: its caller waits for a copy of thousands of pages and two
/// fsyncs. Here commits only append to the log, and the copy runs beside them; SQLite's
/// passive checkpoint never blocks the writer, and the log starts over once it is copied.
actor LogCheckpointer {
    /// Log length in pages at which the writer asks for a checkpoint.
    static let pages = SQLiteConnection.checkpointPages
    /// Log length at which the writer copies the log itself, should this one fall behind.
    static let writerPages = 4 * pages

    private let connection: SQLiteConnection
    private let executor: QueueExecutor
    /// Checkpoints run so far.
    private(set) var runs = 0

    nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }

    init(path: String, durability: SQLiteConnection.Durability) throws {
        connection = try SQLiteConnection(path: path, durability: durability)
        executor = QueueExecutor(label: "glocal.ledger.checkpoint")
    }

    func checkpoint() throws {
        try connection.checkpointPassively()
        runs += 1
    }
}
