import Ledger

/// The SQL for the knowledge base of practices and their adoptions.
struct PracticeStore {
    let database: SQLiteConnection

    private static let columns = "id, title, summary, city_id, results, reported_on, report_seq, created_at"

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

    /// Every practice in the order it was reported.
    func all() throws -> [Practice] {
        try database.query("SELECT \(Self.columns) FROM practice ORDER BY report_seq", [], practice)
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
