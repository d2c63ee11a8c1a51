import Ledger

// Amounts and counts, stored as their integers.

extension Kopecks: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(try row.int64(column))
    }
}

extension ShareUnits: StoredValue {
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(try row.int(column))
    }
}

extension ShareCount: StoredValue {
    /// Nil for a negative count.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(try row.int64(column))
    }
}
