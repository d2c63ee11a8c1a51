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
        let id = row.text(0)
        guard let reportedOn = CalendarDate(rfc3339: row.text(5)) else {
            throw RegistryError.corruptedRow(table: "practice", id: id, column: "reported_on")
        }
        let adoptions = try database.query(
            "SELECT city_id, ledger_seq, adopted_at FROM practice_adoption WHERE practice_id = ? ORDER BY ledger_seq",
            [.text(id)]) {
            PracticeAdoption(practiceID: PracticeID(unchecked: id), cityID: CityID(unchecked: $0.text(0)),
                             ledgerSeq: $0.int(1), adoptedAt: try $0.time(2, table: "practice_adoption", id: id, name: "adopted_at"))
        }
        return Practice(id: PracticeID(unchecked: id), title: row.text(1), summary: row.text(2),
                        cityID: CityID(unchecked: row.text(3)), results: row.text(4), reportedOn: reportedOn,
                        reportSeq: row.int(6), adoptions: adoptions,
                        createdAt: try row.time(7, table: "practice", id: id, name: "created_at"))
    }
}
