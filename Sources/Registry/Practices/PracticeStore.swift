import Ledger

/// The SQL for the knowledge base of practices and their adoptions.
struct PracticeStore {
    let database: SQLiteConnection

    private static let columnNames = ["id", "title", "summary", "city_id", "results", "reported_on", "report_seq", "created_at"]
    private static let columns = columnNames.joined(separator: ", ")

    func insert(id: PracticeID, report: PracticeReport, reportSeq: Int, at time: LedgerTime) throws {
        _ = try database.run(
            "INSERT INTO practice (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [.text(id.rawValue), .text(report.title), .text(report.summary), .text(report.cityID.rawValue),
             .text(report.results), .text(report.reportedOn.description), .integer(Int64(reportSeq)), .text(time.rfc3339)])
    }

    func insert(_ adoption: PracticeAdoption) throws {
        _ = try database.run(
            "INSERT INTO practice_adoption (practice_id, city_id, ledger_seq, adopted_at) VALUES (?, ?, ?, ?)",
            [.text(adoption.practiceID.rawValue), .text(adoption.cityID.rawValue), .integer(Int64(adoption.ledgerSeq)),
             .text(adoption.adoptedAt.rfc3339)])
    }

    func practice(id: PracticeID) throws -> Practice? {
        try database.queryFirst("SELECT \(Self.columns) FROM practice WHERE id = ?", [.text(id.rawValue)], practice)
    }

    /// One page of the practices reported by `cityID` (any town when nil) that `query`
    /// finds, most relevant first, or without a query in the order they were reported.
    func practices(cityID: CityID?, matching query: SearchQuery?, _ request: PageRequest) throws -> ListPage<Practice> {
        var listing = KeysetListing(table: "practice", columns: Self.columnNames, order: [.integer("report_seq")])
        if let cityID { listing.filter("t.city_id = ?", .text(cityID.rawValue)) }
        return try listing.page(matching: query, request, in: database, row: practice)
    }

    private func practice(_ row: SQLiteRow) throws -> Practice {
        let row = TableRow(row, table: "practice")
        let id: PracticeID = try row.value("id")
        let adoptions = try database.query(
            "SELECT city_id, ledger_seq, adopted_at FROM practice_adoption WHERE practice_id = ? ORDER BY ledger_seq",
            [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "practice_adoption", id: id.rawValue)
            return PracticeAdoption(practiceID: id, cityID: try row.value("city_id"), ledgerSeq: try row.value("ledger_seq"),
                                    adoptedAt: try row.value("adopted_at"))
        }
        return Practice(id: id, title: try row.value("title"), summary: try row.value("summary"), cityID: try row.value("city_id"),
                        results: try row.value("results"), reportedOn: try row.value("reported_on"),
                        reportSeq: try row.value("report_seq"), adoptions: adoptions, createdAt: try row.value("created_at"))
    }
}
