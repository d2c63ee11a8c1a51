import Ledger

/// The SQL for cap tables: each project's events in ledger order, as the canonical text of
/// their payloads, and the project's chosen visibility.
struct CapTableStore {
    let database: SQLiteConnection

    func insert(_ event: CapTableEvent, of project: ProjectID, ledgerSeq: Int) throws {
        let payload = String(decoding: try event.payload.canonicalBytes(), as: UTF8.self)
        _ = try database.run(
            "INSERT INTO cap_table_event (project_id, ledger_seq, event_id, payload) VALUES (?, ?, ?, ?)",
            [.text(project.rawValue), .integer(Int64(ledgerSeq)), .text(event.id.rawValue), .text(payload)])
    }

    /// The project's events in the order they were applied.
    func events(of project: ProjectID) throws -> [RecordedCapTableEvent] {
        try database.query("SELECT ledger_seq, payload FROM cap_table_event WHERE project_id = ? ORDER BY ledger_seq",
                           [.text(project.rawValue)]) { row in
            let seq = try row.int("ledger_seq")
            let row = TableRow(row, table: "cap_table_event", id: String(seq))
            let payload: JSONValue = try row.value("payload")
            guard let event = try? CapTableEvent(payload: payload) else { throw row.corrupted("payload") }
            return RecordedCapTableEvent(event: event, ledgerSeq: seq)
        }
    }

    func visibility(of project: ProjectID) throws -> CapTableVisibility {
        try database.queryFirst("SELECT visibility FROM cap_table_setting WHERE project_id = ?", [.text(project.rawValue)]) {
            try TableRow($0, table: "cap_table_setting", id: project.rawValue).value("visibility")
        } ?? .summary
    }

    func setVisibility(_ visibility: CapTableVisibility, of project: ProjectID, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO cap_table_setting (project_id, visibility, updated_at) VALUES (?, ?, ?)
            ON CONFLICT (project_id) DO UPDATE SET visibility = excluded.visibility, updated_at = excluded.updated_at
            """,
            [.text(project.rawValue), .text(visibility.rawValue), .text(time.rfc3339)])
    }
}
