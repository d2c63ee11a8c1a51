import Ledger

// SQLite's own kinds of value, read as they are.

extension String: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self = try row.text(column)
    }
}

extension Int: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self = try row.int(column)
    }
}

extension Int64: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self = try row.int64(column)
    }
}

extension Double: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self = try row.double(column)
    }
}

extension Bool: StoredValue {
    /// Stored as 1 or 0, SQLite having no booleans.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        switch try row.int64(column) {
        case 1: self = true
        case 0: self = false
        default: return nil
        }
    }
}

extension [UInt8]: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self = try row.blob(column)
    }
}
