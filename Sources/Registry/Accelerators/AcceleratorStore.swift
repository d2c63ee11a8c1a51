import Ledger

/// The SQL for accelerator cohorts: their completion rule, projects and mentor matches.
struct AcceleratorStore {
    let database: SQLiteConnection

    func save(_ settings: AcceleratorSettings, of id: EventID) throws {
        _ = try database.run(
            """
            INSERT INTO accelerator (event_id, required_hours, required_milestones) VALUES (?, ?, ?)
            ON CONFLICT (event_id) DO UPDATE SET required_hours = excluded.required_hours,
                required_milestones = excluded.required_milestones
            """, [.text(id.rawValue), .int(settings.requiredHours), .int(settings.requiredMilestones)])
    }

    /// The cohort's rule, or the standard one if staff set none.
    func settings(of id: EventID) throws -> AcceleratorSettings {
        try database.queryFirst("SELECT required_hours, required_milestones FROM accelerator WHERE event_id = ?",
                                [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "accelerator", id: id.rawValue)
            return AcceleratorSettings(requiredHours: try row.value("required_hours"),
                                       requiredMilestones: try row.value("required_milestones"))
        } ?? .standard
    }

    func insert(_ project: ProjectID, needs: [String], in id: EventID, at time: LedgerTime) throws {
        _ = try database.run("INSERT INTO accelerator_project (event_id, project_id, needs, added_at) VALUES (?, ?, ?, ?)",
                             [.text(id.rawValue), .text(project.rawValue), .text(try RegistryTags.column(needs)), .text(time.rfc3339)])
    }

    func certify(_ project: ProjectID, in id: EventID, seq: Int, on day: CalendarDate) throws {
        _ = try database.run("UPDATE accelerator_project SET certificate_seq = ?, certified_on = ? WHERE event_id = ? AND project_id = ?",
                             [.int(seq), .text(day.rfc3339), .text(id.rawValue), .text(project.rawValue)])
    }

    /// The cohort's projects in the order added.
    func projects(of id: EventID) throws -> [CohortProject] {
        try database.query(Self.projectQuery + " WHERE p.event_id = ? ORDER BY p.added_at, p.project_id",
                           [.text(id.rawValue)], Self.project)
    }

    func project(_ project: ProjectID, of id: EventID) throws -> CohortProject? {
        try database.queryFirst(Self.projectQuery + " WHERE p.event_id = ? AND p.project_id = ?",
                                [.text(id.rawValue), .text(project.rawValue)], Self.project)
    }

    /// The cohort a project is in, if any: a project goes through the accelerator once.
    func cohort(of project: ProjectID) throws -> EventID? {
        try database.queryFirst("SELECT event_id FROM accelerator_project WHERE project_id = ?", [.text(project.rawValue)]) {
            try TableRow($0, table: "accelerator_project", id: project.rawValue).value("event_id")
        }
    }

    func insert(_ match: MentorMatch) throws {
        _ = try database.run(
            "INSERT INTO accelerator_match (event_id, project_id, mentor_id, weekly_hours, confirmed_at) VALUES (?, ?, ?, ?, ?)",
            [.text(match.cohortID.rawValue), .text(match.projectID.rawValue), .text(match.mentorID.rawValue),
             .int(match.weeklyHours), .text(match.confirmedAt.rfc3339)])
    }

    func matches(of project: ProjectID, in id: EventID) throws -> [MentorMatch] {
        try database.query(
            "SELECT event_id, project_id, mentor_id, weekly_hours, confirmed_at FROM accelerator_match WHERE event_id = ? AND project_id = ? ORDER BY mentor_id",
            [.text(id.rawValue), .text(project.rawValue)]) { row in
            let row = TableRow(row, table: "accelerator_match", idColumn: "mentor_id")
            return MentorMatch(cohortID: try row.value("event_id"), projectID: try row.value("project_id"),
                               mentorID: try row.value("mentor_id"), weeklyHours: try row.value("weekly_hours"),
                               confirmedAt: try row.value("confirmed_at"))
        }
    }

    /// Every admitted member's mentor profile with the weekly hours its matches in
    /// cohorts not yet sealed already take.
    func mentorCapacities() throws -> [MentorCapacity] {
        try database.query(
            """
            SELECT p.member_id, p.competencies, p.weekly_hours,
                   (SELECT coalesce(sum(m.weekly_hours), 0) FROM accelerator_match m JOIN event e ON e.id = m.event_id
                    WHERE m.mentor_id = p.member_id AND e.status != 'sealed') AS committed_hours
            FROM mentor_profile p JOIN member r ON r.id = p.member_id
            WHERE r.status = 'admitted' ORDER BY p.member_id
            """) { row in
            let row = TableRow(row, table: "mentor_profile", idColumn: "member_id")
            return MentorCapacity(mentorID: try row.value("member_id"), competencies: try row.tags("competencies"),
                                  weeklyHours: try row.value("weekly_hours"), committedHours: try row.value("committed_hours"))
        }
    }

    private static let projectQuery = """
        SELECT p.event_id, p.project_id, p.needs, p.added_at, p.certificate_seq, p.certified_on,
               (SELECT coalesce(sum(c.hours), 0) FROM accelerator_consultation c
                WHERE c.event_id = p.event_id AND c.project_id = p.project_id
                  AND c.mentor_confirmed_at IS NOT NULL AND c.lead_confirmed_at IS NOT NULL) AS confirmed_hours
        FROM accelerator_project p
        """

    private static func project(_ row: SQLiteRow) throws -> CohortProject {
        let row = TableRow(row, table: "accelerator_project", idColumn: "project_id")
        return CohortProject(cohortID: try row.value("event_id"), projectID: try row.value("project_id"), needs: try row.tags("needs"),
                             confirmedHours: try row.value("confirmed_hours"), certificateSeq: try row.optional("certificate_seq"),
                             certifiedOn: try row.optional("certified_on"), addedAt: try row.value("added_at"))
    }
}
