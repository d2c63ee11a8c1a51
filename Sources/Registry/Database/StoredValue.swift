import Ledger

/// A value the registry keeps in one column and reads back from it by itself, so that a
/// store asks for `try row.value("kind")` and gets a `MemberKind`, not text it must check.
///
/// Each conversion mirrors how the value is written (an enum by its raw value, a time by
/// `LedgerTime.rfc3339`, an amount by its integer) and gives nil for anything the registry
/// would not have written, which `TableRow` reports as a corrupted row.
protocol StoredValue {
    /// The value stored in `column` of `row`, or nil when what is there is not one.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError)
}

extension StoredValue where Self: RawRepresentable, RawValue == String {
    /// An enum stored as its raw value.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(rawValue: try row.text(column))
    }
}

extension StoredValue where Self: PrefixedID {
    /// An id is checked once, when it is made; reading it back takes it as stored.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(unchecked: try row.text(column))
    }
}
