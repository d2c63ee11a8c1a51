import Ledger

extension SQLiteRow {
    /// The column as text, or nil when NULL.
    func optionalText(_ column: Int32) -> String? {
        isNull(column) ? nil : text(column)
    }

    /// A time column written by `LedgerTime.rfc3339`; anything else is a corrupted row.
    func time(_ column: Int32, table: String, id: String, name: String) throws(RegistryError) -> LedgerTime {
        guard let time = LedgerTime(rfc3339: text(column)) else { throw .corruptedRow(table: table, id: id, column: name) }
        return time
    }

    /// A nullable time column.
    func optionalTime(_ column: Int32, table: String, id: String, name: String) throws(RegistryError) -> LedgerTime? {
        isNull(column) ? nil : try time(column, table: table, id: id, name: name)
    }
}
