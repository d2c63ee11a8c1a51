import CSQLite
import Glibc

/// The current row of a stepping statement, its columns read by the names the query
/// gives them (`SELECT id, count(*) AS total …`), so that no reader depends on the order
/// of a SELECT list. Valid only inside the closure that receives it.
///
/// Asking for a column the query does not have is a programming error; it is thrown as
/// `StorageError.noSuchColumn` instead of stopping the server.
public struct SQLiteRow {
    private let statement: OpaquePointer
    /// The statement's column names, read from SQLite once per run of the statement rather
    /// than once per lookup.
    private let names: UnsafeBufferPointer<UnsafePointer<CChar>?>
    /// Where the last lookup found its column. Columns are mostly read in the order they are
    /// selected, so a lookup that starts there usually ends at once or one column further.
    private let lastFound: UnsafeMutablePointer<Int>

    private init(statement: OpaquePointer, names: UnsafeBufferPointer<UnsafePointer<CChar>?>,
                 lastFound: UnsafeMutablePointer<Int>) {
        self.statement = statement
        self.names = names
        self.lastFound = lastFound
    }

    /// Runs `body` with the row of `statement`, which has just stepped onto the first row of
    /// a run: the same row then reads every later row the statement steps onto in that run.
    /// (Column names stay put for a run: SQLite re-prepares a statement only before its first row.)
    static func reading<Result, Failure: Error>(
        _ statement: OpaquePointer, _ body: (SQLiteRow) throws(Failure) -> Result
    ) throws(Failure) -> Result {
        let count = Int(sqlite3_column_count(statement))
        return try withUnsafeTemporaryAllocation(of: UnsafePointer<CChar>?.self, capacity: count) { names throws(Failure) in
            for index in 0..<count {
                names.initializeElement(at: index, to: sqlite3_column_name(statement, Int32(index)))
            }
            var lastFound = 0
            return try withUnsafeMutablePointer(to: &lastFound) { lastFound throws(Failure) in
                try body(SQLiteRow(statement: statement, names: UnsafeBufferPointer(names), lastFound: lastFound))
            }
        }
    }

    /// True when the column holds NULL.
    public func isNull(_ column: String) throws(StorageError) -> Bool {
        sqlite3_column_type(statement, try index(of: column)) == SQLITE_NULL
    }

    /// The column as an integer; 0 for NULL.
    public func int64(_ column: String) throws(StorageError) -> Int64 {
        sqlite3_column_int64(statement, try index(of: column))
    }

    /// The column as an integer; 0 for NULL.
    public func int(_ column: String) throws(StorageError) -> Int {
        Int(try int64(column))
    }

    /// The column as a floating-point number; 0 for NULL.
    public func double(_ column: String) throws(StorageError) -> Double {
        sqlite3_column_double(statement, try index(of: column))
    }

    /// The column as UTF-8 text; empty for NULL.
    public func text(_ column: String) throws(StorageError) -> String {
        let index = try index(of: column)
        guard let pointer = sqlite3_column_text(statement, index) else { return "" }
        let count = Int(sqlite3_column_bytes(statement, index))
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// The column's bytes; empty for NULL.
    public func blob(_ column: String) throws(StorageError) -> [UInt8] {
        let index = try index(of: column)
        let count = Int(sqlite3_column_bytes(statement, index))
        guard count > 0, let pointer = sqlite3_column_blob(statement, index) else { return [] }
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The position of the column called `column`, names compared as C strings so that a
    /// lookup allocates nothing.
    private func index(of column: String) throws(StorageError) -> Int32 {
        let count = names.count
        let found = column.withCString { wanted -> Int? in
            var index = lastFound.pointee
            for _ in 0..<count {
                if let name = names[index], strcmp(name, wanted) == 0 { return index }
                index = index + 1 == count ? 0 : index + 1
            }
            return nil
        }
        guard let found else { throw .noSuchColumn(column) }
        lastFound.pointee = found
        return Int32(found)
    }
}
