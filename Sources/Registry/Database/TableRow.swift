import Ledger

/// A row of one registry table, read by column name into the types the registry keeps
/// there (`let kind: MemberKind = try row.value("kind")`). A value that does not convert
/// is reported as `RegistryError.corruptedRow`, naming the table, the row and the column;
/// a column the query does not select, as `StorageError.noSuchColumn`.
struct TableRow {
    private let row: SQLiteRow
    private let table: String
    private let name: Name

    /// How errors name the row.
    private enum Name {
        /// By the value of this column.
        case column(String)
        /// By this text.
        case given(String)
    }

    /// A row of `table` that errors name by its `idColumn`.
    init(_ row: SQLiteRow, table: String, idColumn: String = "id") {
        self.init(row, table: table, name: .column(idColumn))
    }

    /// A row of `table` that errors name by `id`: for a row the query selects without a
    /// column that names it.
    init(_ row: SQLiteRow, table: String, id: String) {
        self.init(row, table: table, name: .given(id))
    }

    private init(_ row: SQLiteRow, table: String, name: Name) {
        self.row = row
        self.table = table
        self.name = name
    }

    /// The value stored in `column`.
    func value<Value: StoredValue>(_ column: String) throws -> Value {
        guard let value = try Value(storedIn: column, of: row) else { throw corrupted(column) }
        return value
    }

    /// The value stored in `column`, or nil when it is NULL.
    func optional<Value: StoredValue>(_ column: String) throws -> Value? {
        try row.isNull(column) ? nil : try value(column)
    }

    /// The tags stored in `column`, as `RegistryTags.column(_:)` writes them.
    func tags(_ column: String) throws -> [String] {
        guard let tags = RegistryTags.decode(try value(column)) else { throw corrupted(column) }
        return tags
    }

    /// The error for a value of `column` that the registry would not have written, for
    /// checks a single value cannot make itself (JSON documents, pairs of columns).
    func corrupted(_ column: String) -> RegistryError {
        let id = switch name {
        case let .column(idColumn): (try? row.text(idColumn)) ?? ""
        case let .given(id): id
        }
        return .corruptedRow(table: table, id: id, column: column)
    }
}
