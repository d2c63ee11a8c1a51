import Ledger

/// The SQL for the consultation log of accelerator cohorts.
struct ConsultationStore {
    let database: SQLiteConnection

    private static let columns = "id, event_id, project_id, mentor_id, held_on, hours, topic, logged_at, mentor_confirmed_at, lead_confirmed_at"

    func insert(_ consultation: Consultation) throws {
        _ = try database.run(
            "INSERT INTO accelerator_consultation (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
            [.text(consultation.id.rawValue), .text(consultation.cohortID.rawValue), .text(consultation.projectID.rawValue),
             .text(consultation.mentorID.rawValue), .text(consultation.heldOn.rfc3339), .int(consultation.hours),
             .text(consultation.topic), .text(consultation.loggedAt.rfc3339)])
    }

    /// Marks the consultation confirmed by the mentor, the lead, or both.
    func confirm(_ id: ConsultationID, mentor: Bool, lead: Bool, at time: LedgerTime) throws {
        _ = try database.run(
            """
            UPDATE accelerator_consultation
            SET mentor_confirmed_at = CASE WHEN ? THEN coalesce(mentor_confirmed_at, ?) ELSE mentor_confirmed_at END,
                lead_confirmed_at = CASE WHEN ? THEN coalesce(lead_confirmed_at, ?) ELSE lead_confirmed_at END
            WHERE id = ?
            """, [.bool(mentor), .text(time.rfc3339), .bool(lead), .text(time.rfc3339), .text(id.rawValue)])
    }

    func consultation(_ id: ConsultationID, of cohort: EventID) throws -> Consultation? {
        try database.queryFirst("SELECT \(Self.columns) FROM accelerator_consultation WHERE id = ? AND event_id = ?",
                                [.text(id.rawValue), .text(cohort.rawValue)], Self.consultation)
    }

    /// A project's consultations in a cohort, by day held.
    func consultations(of project: ProjectID, in cohort: EventID) throws -> [Consultation] {
        try database.query(
            "SELECT \(Self.columns) FROM accelerator_consultation WHERE event_id = ? AND project_id = ? ORDER BY held_on, id",
            [.text(cohort.rawValue), .text(project.rawValue)], Self.consultation)
    }

    private static func consultation(_ row: SQLiteRow) throws -> Consultation {
        let row = TableRow(row, table: "accelerator_consultation")
        let mentorConfirmedAt: LedgerTime? = try row.optional("mentor_confirmed_at")
        let leadConfirmedAt: LedgerTime? = try row.optional("lead_confirmed_at")
        return Consultation(id: try row.value("id"), cohortID: try row.value("event_id"), projectID: try row.value("project_id"),
                            mentorID: try row.value("mentor_id"), heldOn: try row.value("held_on"), hours: try row.value("hours"),
                            topic: try row.value("topic"), loggedAt: try row.value("logged_at"),
                            mentorConfirmed: mentorConfirmedAt != nil, leadConfirmed: leadConfirmedAt != nil)
    }
}
