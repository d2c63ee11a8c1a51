/// Why the embedded database refused or failed an operation.
public enum StorageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// SQLite returned an error; `code` is the extended result code, `message` SQLite's own words.
    case sqlite(code: Int32, message: String, sql: String?)
    /// WAL journaling could not be enabled (e.g. the file is on a network share).
    case walUnavailable(journalMode: String)
    /// The database holds migrations this program does not know: it was written by a newer Glocal.
    case unknownMigrations([String])
    /// A query that must return a row returned none.
    case missingRow(String)
    /// A row was asked for a column its query does not select: a programming error.
    case noSuchColumn(String)

    public var description: String {
        switch self {
        case let .sqlite(code, message, sql):
            let statement = sql.map { " in `\($0.prefix(120))`" } ?? ""
            return "database error \(code): \(message)\(statement)"
        case let .walUnavailable(mode):
            return "the database could not switch to WAL journaling (journal_mode is \(mode)); keep the data folder on a local disk"
        case let .unknownMigrations(names):
            return "the database was written by a newer version of Glocal (unknown migrations: \(names.joined(separator: ", "))); upgrade this program"
        case let .missingRow(what):
            return "expected a row: \(what)"
        case let .noSuchColumn(name):
            return "the query has no column named \(name)"
        }
    }

    /// True when the failure is a constraint violation (unique, check, trigger RAISE).
    public var isConstraintViolation: Bool {
        if case let .sqlite(code, _, _) = self { return code & 0xff == 19 }
        return false
    }
}
