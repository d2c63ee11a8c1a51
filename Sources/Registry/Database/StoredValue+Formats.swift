import Ledger

// Values with a text format of their own.

extension CalendarDate: StoredValue {
    /// Written by `CalendarDate.rfc3339`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(rfc3339: try row.text(column))
    }
}

extension EmailAddress: StoredValue {
    /// Normalised and checked before it was stored.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(stored: try row.text(column))
    }
}

extension PasswordHash: StoredValue {
    /// Written as `encoded`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(encoded: try row.text(column))
    }
}
