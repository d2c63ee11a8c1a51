import Ledger

/// One listing over a registry table, in one of two orders, a page at a time:
///
/// - without a search query, in the table's natural order (`order`, whose last column
///   is unique), resumed with `WHERE (order) > (cursor)`;
/// - with a query, by relevance (FTS5's BM25, title words weighing ten times body
///   words) and then rowid, resumed the same way on `(score, rowid)`.
///
/// Either way a page costs one indexed query however deep it is. Filters are SQL
/// conditions over the table, aliased `t`, with bound parameters only.
struct KeysetListing {
    /// A column of the natural order, and how its cursor value is bound.
    enum OrderColumn {
        case text(String)
        case integer(String)

        var name: String {
            switch self {
            case .text(let name), .integer(let name): name
            }
        }
    }

    let table: String
    /// The item's columns, as the row mapper reads them from index 0.
    let columns: [String]
    let order: [OrderColumn]
    private var conditions: [String] = []
    private var parameters: [SQLiteValue] = []

    private static let titleWeight = 10.0

    init(table: String, columns: [String], order: [OrderColumn]) {
        self.table = table
        self.columns = columns
        self.order = order
    }

    /// Keeps only rows for which `condition` (over alias `t`, with `?` for `values`) holds.
    mutating func filter(_ condition: String, _ values: SQLiteValue...) {
        conditions.append(condition)
        parameters.append(contentsOf: values)
    }

    func page<Item: Sendable>(matching query: SearchQuery?, _ request: PageRequest, in database: SQLiteConnection,
                              row: (SQLiteRow) throws -> Item) throws -> ListPage<Item> {
        let selected = columns.map { "t.\($0)" }.joined(separator: ", ")
        let index = "\(table)_search"
        let score = "bm25(\(index), \(Self.titleWeight), 1.0)"
        var sql: String
        var clauses = conditions
        var bound: [SQLiteValue] = []
        let ordering: String
        let keys: [String]
        let keyBinding: [(String) -> SQLiteValue?]
        if let query {
            ordering = "relevance"
            keys = [score, "\(index).rowid"]
            keyBinding = [{ Double($0).map(SQLiteValue.real) }, { Int64($0).map(SQLiteValue.integer) }]
            sql = "SELECT \(selected), \(keys.joined(separator: ", ")) FROM \(index) JOIN \(table) t ON t.rowid = \(index).rowid"
            clauses.insert("\(index) MATCH ?", at: 0)
            bound.append(.text(query.matchExpression))
        } else {
            ordering = "natural"
            keys = order.map { "t.\($0.name)" }
            keyBinding = order.map { column in
                switch column {
                case .text: { SQLiteValue.text($0) }
                case .integer: { Int64($0).map(SQLiteValue.integer) }
                }
            }
            sql = "SELECT \(selected), \(keys.joined(separator: ", ")) FROM \(table) t"
        }
        bound.append(contentsOf: parameters)
        if let cursor = request.after {
            let values = try cursor.key(ordering: ordering, count: keys.count)
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
            clauses.append("(\(keys.joined(separator: ", "))) > (\(placeholders))")
            for (value, bind) in zip(values, keyBinding) {
                guard let parameter = bind(value) else {
                    throw RegistryValidationError(field: "cursor", reason: "is not one this listing gave out")
                }
                bound.append(parameter)
            }
        }
        if !clauses.isEmpty { sql += " WHERE " + clauses.joined(separator: " AND ") }
        sql += " ORDER BY \(keys.joined(separator: ", ")) LIMIT ?"
        bound.append(.int(request.limit + 1))
        let keyColumns = Int32(columns.count)..<Int32(columns.count + keys.count)
        var lastKeys: [[String]] = []
        let items = try database.query(sql, bound) { found -> Item in
            lastKeys.append(keyColumns.map { column in
                ordering == "relevance" && column == keyColumns.lowerBound ? String(found.double(column)) : found.text(column)
            })
            return try row(found)
        }
        guard items.count > request.limit else { return ListPage(items: items, next: nil) }
        return ListPage(items: Array(items.prefix(request.limit)),
                        next: PageCursor(ordering: ordering, key: lastKeys[request.limit - 1]))
    }
}
