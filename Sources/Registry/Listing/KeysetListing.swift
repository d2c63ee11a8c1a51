import Ledger

/// One listing over a registry table, a page at a time, in one of two orders:
///
/// - without a search query, the table's natural order (`order`, whose last column is
///   unique), resumed with `WHERE (order) > (cursor)`;
/// - with a query, the items whose title holds every word first, then those where the
///   words are elsewhere, each group newest first (by rowid), resumed after
///   `(group, rowid)`.
///
/// Either way a page costs one or two indexed queries however deep it is, and however
/// many rows match: FTS5 walks a word's rows newest first and stops at the page's
/// end. (Ranking by BM25 instead scores every match before it can return the first,
/// a tenth of a second for a common word among 100 000 projects.) Filters are SQL
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

        func bind(_ text: String) -> SQLiteValue? {
            switch self {
            case .text: .text(text)
            case .integer: Int64(text).map(SQLiteValue.integer)
            }
        }
    }

    let table: String
    /// The item's columns, which the row mapper reads by name.
    let columns: [String]
    let order: [OrderColumn]
    private var conditions: [String] = []
    private var parameters: [SQLiteValue] = []

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
        if let query {
            return try searchPage(query, request, database, row)
        }
        return try naturalPage(request, database, row)
    }

    private var selected: String { columns.map { "t.\($0)" }.joined(separator: ", ") }

    private func naturalPage<Item: Sendable>(_ request: PageRequest, _ database: SQLiteConnection,
                                             _ row: (SQLiteRow) throws -> Item) throws -> ListPage<Item> {
        let keys = order.map { "t.\($0.name)" }.joined(separator: ", ")
        var clauses = conditions
        var bound = parameters
        if let cursor = request.after {
            let values = try cursor.key(ordering: "natural", count: order.count)
            clauses.append("(\(keys)) > (\(Array(repeating: "?", count: order.count).joined(separator: ", ")))")
            for (value, column) in zip(values, order) {
                guard let parameter = column.bind(value) else { throw Self.foreignCursor }
                bound.append(parameter)
            }
        }
        let filter = clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")
        var lastKeys: [[String]] = []
        let items = try database.query("SELECT \(selected), \(keys) FROM \(table) t\(filter) ORDER BY \(keys) LIMIT ?",
                                       bound + [.int(request.limit + 1)]) { found -> Item in
            lastKeys.append(try order.map { try found.text($0.name) })
            return try row(found)
        }
        guard items.count > request.limit else { return ListPage(items: items, next: nil) }
        return ListPage(items: Array(items.prefix(request.limit)),
                        next: PageCursor(ordering: "natural", key: lastKeys[request.limit - 1]))
    }

    private func searchPage<Item: Sendable>(_ query: SearchQuery, _ request: PageRequest, _ database: SQLiteConnection,
                                            _ row: (SQLiteRow) throws -> Item) throws -> ListPage<Item> {
        var group = SearchQuery.Group.title
        var before: Int64?
        if let cursor = request.after {
            let values = try cursor.key(ordering: "search", count: 2)
            guard let named = SearchQuery.Group(rawValue: values[0]), let rowid = Int64(values[1]) else { throw Self.foreignCursor }
            group = named
            before = rowid
        }
        let index = "\(table)_search"
        var items: [(item: Item, group: SearchQuery.Group, rowid: Int64)] = []
        for current in SearchQuery.Group.allCases where current >= group {
            var clauses = ["\(index) MATCH ?"] + conditions
            var bound = [SQLiteValue.text(query.matchExpression(current))] + parameters
            if current == group, let before {
                clauses.append("\(index).rowid < ?")
                bound.append(.integer(before))
            }
            let sql = """
                SELECT \(selected), \(index).rowid AS search_rowid FROM \(index) JOIN \(table) t ON t.rowid = \(index).rowid
                WHERE \(clauses.joined(separator: " AND ")) ORDER BY \(index).rowid DESC LIMIT ?
                """
            items += try database.query(sql, bound + [.int(request.limit + 1 - items.count)]) { found in
                (try row(found), current, try found.int64("search_rowid"))
            }
            if items.count > request.limit { break }
        }
        guard items.count > request.limit else { return ListPage(items: items.map(\.item), next: nil) }
        let last = items[request.limit - 1]
        return ListPage(items: items.prefix(request.limit).map(\.item),
                        next: PageCursor(ordering: "search", key: [last.group.rawValue, String(last.rowid)]))
    }

    private static var foreignCursor: RegistryValidationError {
        RegistryValidationError(field: "cursor", rule: .unknownCursor)
    }
}
