import Ledger

/// The SQL for the milestones of MVP plans.
struct MilestoneStore {
    let database: SQLiteConnection

    private static let columns = "id, project_id, title, owner_role, due_on, status, created_at"

    func insert(_ milestone: Milestone) throws {
        _ = try database.run(
            """
            INSERT INTO project_milestone (id, project_id, title, owner_role, due_on, status, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(milestone.id.rawValue), .text(milestone.projectID.rawValue), .text(milestone.title),
             .text(milestone.ownerRole.rawValue), .text(milestone.dueOn.rfc3339), .text(milestone.status.rawValue),
             .text(milestone.createdAt.rfc3339)])
    }

    func update(_ milestone: Milestone) throws {
        _ = try database.run(
            "UPDATE project_milestone SET title = ?, owner_role = ?, due_on = ?, status = ? WHERE id = ?",
            [.text(milestone.title), .text(milestone.ownerRole.rawValue), .text(milestone.dueOn.rfc3339),
             .text(milestone.status.rawValue), .text(milestone.id.rawValue)])
    }

    func milestone(id: MilestoneID, of project: ProjectID) throws -> Milestone? {
        try database.queryFirst("SELECT \(Self.columns) FROM project_milestone WHERE id = ? AND project_id = ?",
                                [.text(id.rawValue), .text(project.rawValue)], Self.milestone)
    }

    /// The plan in the order it is to be carried out: by due date, then as entered.
    func milestones(of project: ProjectID) throws -> [Milestone] {
        try database.query("SELECT \(Self.columns) FROM project_milestone WHERE project_id = ? ORDER BY due_on, created_at, id",
                           [.text(project.rawValue)], Self.milestone)
    }

    private static func milestone(_ row: SQLiteRow) throws -> Milestone {
        let row = TableRow(row, table: "project_milestone")
        return Milestone(id: try row.value("id"), projectID: try row.value("project_id"), title: try row.value("title"),
                         ownerRole: try row.value("owner_role"), dueOn: try row.value("due_on"), status: try row.value("status"),
                         createdAt: try row.value("created_at"))
    }
}
