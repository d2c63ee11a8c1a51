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
                                [.text(id.rawValue)]) { AcceleratorSettings(requiredHours: $0.int(0), requiredMilestones: $0.int(1)) }
            ?? .standard
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
            EventID(unchecked: $0.text(0))
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
            MentorMatch(cohortID: EventID(unchecked: row.text(0)), projectID: ProjectID(unchecked: row.text(1)),
                        mentorID: MemberID(unchecked: row.text(2)), weeklyHours: row.int(3),
                        confirmedAt: try row.time(4, table: "accelerator_match", id: row.text(2), name: "confirmed_at"))
        }
    }

    /// Every admitted member's mentor profile with the weekly hours its matches in
    /// cohorts not yet sealed already take.
    func mentorCapacities() throws -> [MentorCapacity] {
        try database.query(
            """
            SELECT p.member_id, p.competencies, p.weekly_hours,
                   (SELECT coalesce(sum(m.weekly_hours), 0) FROM accelerator_match m JOIN event e ON e.id = m.event_id
                    WHERE m.mentor_id = p.member_id AND e.status != 'sealed')
            FROM mentor_profile p JOIN member r ON r.id = p.member_id
            WHERE r.status = 'admitted' ORDER BY p.member_id
            """) { row in
            MentorCapacity(mentorID: MemberID(unchecked: row.text(0)),
                           competencies: try RegistryTags.decode(row.text(1), table: "mentor_profile", id: row.text(0),
                                                                 column: "competencies"),
                           weeklyHours: row.int(2), committedHours: row.int(3))
        }
    }

    private static let projectQuery = """
        SELECT p.event_id, p.project_id, p.needs, p.added_at, p.certificate_seq, p.certified_on,
               (SELECT coalesce(sum(c.hours), 0) FROM accelerator_consultation c
                WHERE c.event_id = p.event_id AND c.project_id = p.project_id
                  AND c.mentor_confirmed_at IS NOT NULL AND c.lead_confirmed_at IS NOT NULL)
        FROM accelerator_project p
        """

    private static func project(_ row: SQLiteRow) throws -> CohortProject {
        let id = row.text(1)
        let certifiedOn = row.isNull(5) ? nil : CalendarDate(rfc3339: row.text(5))
        return CohortProject(cohortID: EventID(unchecked: row.text(0)), projectID: ProjectID(unchecked: id),
                             needs: try RegistryTags.decode(row.text(2), table: "accelerator_project", id: id, column: "needs"),
                             confirmedHours: row.int(6), certificateSeq: row.isNull(4) ? nil : row.int(4),
                             certifiedOn: certifiedOn, addedAt: try row.time(3, table: "accelerator_project", id: id, name: "added_at"))
    }
}
