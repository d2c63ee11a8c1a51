import CSQLite
import Glibc

/// One open SQLite database, set up the way Glocal relies on: WAL journaling,
/// `synchronous=FULL` (a committed transaction survives power loss), foreign keys
/// enforced, double-quoted string literals refused, extended result codes.
///
/// A connection is not `Sendable`: exactly one owner (an actor) uses it at a time.
/// Every statement binds its parameters; SQL text is never built from values.
public final class SQLiteConnection {
    /// How writes reach the disk. `.full` is the default and the only mode where an
    /// acknowledged write is durable; `.normal` exists for benchmarks and tests.
    public enum Durability: String, Sendable {
        case full = "FULL"
        case normal = "NORMAL"
    }

    /// How much of the database file reads may map into memory.
    static let mappedBytes = 1 << 32
    /// Log pages after which a commit copies the log back into the database file.
    static let checkpointPages = 4_000

    let handle: OpaquePointer
    private var statements: [String: OpaquePointer] = [:]
    /// Where SQLite writes the log's length after each commit, once `trackLogFrames()` is on.
    private let logFrameCount: UnsafeMutablePointer<Int32> = {
        let count = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
        count.initialize(to: 0)
        return count
    }()

    public init(path: String, durability: Durability = .full, readOnly: Bool = false) throws(StorageError) {
        var opened: OpaquePointer?
        let flags = readOnly
            ? SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX
            : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        guard let opened else { throw .sqlite(code: code, message: "cannot allocate a connection", sql: nil) }
        // From here on deinit owns the handle and closes it if this initialiser throws.
        handle = opened
        guard code == SQLITE_OK else {
            throw .sqlite(code: code, message: String(cString: sqlite3_errmsg(opened)), sql: nil)
        }
        sqlite3_extended_result_codes(handle, 1)
        _ = glocal_sqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DML, 0)
        _ = glocal_sqlite_db_config_int(handle, SQLITE_DBCONFIG_DQS_DDL, 0)
        sqlite3_busy_timeout(handle, 5_000)
        try execute("PRAGMA foreign_keys = ON")
        if !readOnly {
            let mode = try queryOne("PRAGMA journal_mode = WAL") { row throws(StorageError) in try row.text("journal_mode") }
            guard mode.lowercased() == "wal" else { throw .walUnavailable(journalMode: mode) }
            // Deleted and overwritten content is zeroed where it lay, so an erasure leaves
            // no bytes behind in free space of the database file.
            try execute("PRAGMA secure_delete = ON")
        }
        try execute("PRAGMA synchronous = \(durability.rawValue)")
        // Readers map the file instead of copying each page through a system call: proofs
        // and verification touch pages all over a large ledger. SQLite caps the size. The
        // writer does not: it would remap the growing file after every checkpoint.
        if readOnly {
            _ = try queryOne("PRAGMA mmap_size = \(Self.mappedBytes)") { row throws(StorageError) in try row.int("mmap_size") }
        }
        // A checkpoint costs two fsyncs and a copy of every page changed since the last
        // one; at 4,000 pages (16 MB of log) instead of SQLite's 1,000 they come a quarter
        // as often and copy pages changed many times just once. The ledger's writer hands
        // them to its own thread instead (`trackLogFrames`).
        if !readOnly {
            _ = try queryOne("PRAGMA wal_autocheckpoint = \(Self.checkpointPages)") { row throws(StorageError) in
                try row.int("wal_autocheckpoint")
            }
        }
    }

    deinit {
        for statement in statements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
        logFrameCount.deallocate()
    }

    /// Hands checkpoints to the owner: SQLite no longer copies the log back into the
    /// database file at the end of a commit, and `logFrames` says how long the log is.
    public func trackLogFrames() {
        glocal_sqlite_track_log_frames(handle, logFrameCount)
    }

    /// The log's length in frames (pages) after this connection's last commit.
    public var logFrames: Int { Int(logFrameCount.pointee) }

    /// Copies as much of the log into the database file as no reader still needs, without
    /// waiting for or blocking the writer, and makes it durable.
    public func checkpointPassively() throws(StorageError) {
        let code = sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql: "PRAGMA wal_checkpoint(PASSIVE)") }
    }

    /// Copies the whole log into the database file and truncates it to nothing, waiting for
    /// readers that still need its frames: afterwards no earlier page image is on disk.
    public func checkpointTruncating() throws(StorageError) {
        let code = sqlite3_wal_checkpoint_v2(handle, nil, SQLITE_CHECKPOINT_TRUNCATE, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// Copies this connection's database, as of one moment, into a new file at `path`
    /// (mode 0600), with SQLite's online backup: all pages in one step, inside one read
    /// transaction, so writers carry on meanwhile and the copy is one committed state.
    public func backUp(to path: String) throws(StorageError) {
        var opened: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let code = sqlite3_open_v2(path, &opened, flags, nil)
        defer { sqlite3_close_v2(opened) }
        guard code == SQLITE_OK, let destination = opened else {
            throw .sqlite(code: code, message: opened.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)", sql: nil)
        }
        chmod(path, 0o600)
        guard let backup = sqlite3_backup_init(destination, "main", handle, "main") else {
            throw .sqlite(code: sqlite3_errcode(destination), message: String(cString: sqlite3_errmsg(destination)), sql: nil)
        }
        let stepped = sqlite3_backup_step(backup, -1)
        let finished = sqlite3_backup_finish(backup)
        guard stepped == SQLITE_DONE, finished == SQLITE_OK else {
            throw .sqlite(code: stepped == SQLITE_DONE ? finished : stepped, message: String(cString: sqlite3_errmsg(destination)), sql: nil)
        }
    }

    /// Runs one or more statements that take no parameters (schema, pragmas).
    public func execute(_ sql: String) throws(StorageError) {
        let code = sqlite3_exec(handle, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw error(code, sql: sql) }
    }

    /// Runs one statement with bound parameters; returns the number of rows changed.
    @discardableResult
    public func run(_ sql: String, _ parameters: [SQLiteValue] = []) throws(StorageError) -> Int {
        let statement = try prepared(sql, parameters)
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE || code == SQLITE_ROW else { throw error(code, sql: sql) }
        return Int(sqlite3_changes(handle))
    }

    /// Calls `body` for each row; stops early if `body` returns false.
    public func forEach(_ sql: String, _ parameters: [SQLiteValue] = [], _ body: (SQLiteRow) throws -> Bool) throws {
        let statement = try prepared(sql, parameters)
        defer { sqlite3_reset(statement) }
        var code = sqlite3_step(statement)
        if code == SQLITE_DONE { return }
        guard code == SQLITE_ROW else { throw error(code, sql: sql) }
        try SQLiteRow.reading(statement) { row in
            while try body(row) {
                code = sqlite3_step(statement)
                if code == SQLITE_DONE { return }
                guard code == SQLITE_ROW else { throw error(code, sql: sql) }
            }
        }
    }

    public func query<T>(_ sql: String, _ parameters: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> [T] {
        var rows: [T] = []
        try forEach(sql, parameters) { row in
            rows.append(try map(row))
            return true
        }
        return rows
    }

    /// The first row mapped, or nil when there is none.
    public func queryFirst<T>(_ sql: String, _ parameters: [SQLiteValue] = [], _ map: (SQLiteRow) throws -> T) throws -> T? {
        var found: T?
        try forEach(sql, parameters) { row in
            found = try map(row)
            return false
        }
        return found
    }

    /// The first row mapped; throws `missingRow` when there is none.
    public func queryOne<T>(_ sql: String, _ parameters: [SQLiteValue] = [],
                            _ map: (SQLiteRow) throws(StorageError) -> T) throws(StorageError) -> T {
        let statement = try prepared(sql, parameters)
        defer { sqlite3_reset(statement) }
        let code = sqlite3_step(statement)
        if code == SQLITE_DONE { throw .missingRow(sql) }
        guard code == SQLITE_ROW else { throw error(code, sql: sql) }
        return try SQLiteRow.reading(statement, map)
    }

    /// Runs `body` in a transaction: committed if it returns, rolled back if it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        try enclosed(begin: "BEGIN IMMEDIATE", body)
    }

    /// Runs `body` in one read transaction, so its queries share one snapshot and one
    /// lock instead of taking them statement by statement. Inside an open transaction
    /// `body` simply runs in it.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        guard !isInTransaction else { return try body() }
        return try enclosed(begin: "BEGIN", body)
    }

    private func enclosed<T>(begin: String, _ body: () throws -> T) throws -> T {
        try run(begin)
        do {
            let value = try body()
            try run("COMMIT")
            return value
        } catch {
            _ = try? run("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` in a savepoint of the open transaction: kept if it returns, undone alone
    /// if it throws. The body's own failure comes back as the result; a failure of the
    /// savepoint itself is thrown, since the transaction cannot go on after it.
    public func savepoint<T>(_ body: () throws -> T) throws -> Result<T, any Error> {
        try run("SAVEPOINT write")
        let outcome = Result { try body() }
        if case .failure = outcome { try run("ROLLBACK TO write") }
        try run("RELEASE write")
        return outcome
    }

    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    private func prepared(_ sql: String, _ parameters: [SQLiteValue]) throws(StorageError) -> OpaquePointer {
        let statement: OpaquePointer
        if let cached = statements[sql] {
            statement = cached
        } else {
            var fresh: OpaquePointer?
            let code = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &fresh, nil)
            guard code == SQLITE_OK, let fresh else { throw error(code, sql: sql) }
            statements[sql] = fresh
            statement = fresh
        }
        sqlite3_clear_bindings(statement)
        let expected = Int(sqlite3_bind_parameter_count(statement))
        guard expected == parameters.count else {
            throw .sqlite(code: SQLITE_RANGE, message: "statement takes \(expected) parameters, \(parameters.count) given", sql: sql)
        }
        for (offset, value) in parameters.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null: code = sqlite3_bind_null(statement, index)
            case let .integer(number): code = sqlite3_bind_int64(statement, index, number)
            case let .real(number): code = sqlite3_bind_double(statement, index, number)
            case let .text(text): code = sqlite3_bind_text(statement, index, text, -1, glocal_sqlite_transient())
            case let .blob(bytes):
                code = bytes.withUnsafeBytes { buffer in
                    sqlite3_bind_blob64(statement, index, buffer.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(buffer.count), glocal_sqlite_transient())
                }
            }
            guard code == SQLITE_OK else { throw error(code, sql: sql) }
        }
        return statement
    }

    private func error(_ code: Int32, sql: String?) -> StorageError {
        .sqlite(code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)), sql: sql)
    }
}
