import Ledger

/// The SQL for projects and their teams.
struct ProjectStore {
    let database: SQLiteConnection

    private static let columns = "id, title, summary, direction, city_id, stage, created_at, updated_at"

    func insert(_ project: Project) throws {
        _ = try database.run(
            """
            INSERT INTO project (id, title, summary, direction, city_id, stage, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(project.id.rawValue), .text(project.title), .text(project.summary), .text(project.direction),
             .text(project.cityID.rawValue), .text(project.stage.rawValue), .text(project.createdAt.rfc3339),
             .text(project.updatedAt.rfc3339)])
        try setTeam(project.team, of: project.id)
    }

    func project(id: ProjectID) throws -> Project? {
        try database.queryFirst("SELECT \(Self.columns) FROM project WHERE id = ?", [.text(id.rawValue)], project)
    }

    /// The projects matching `filter`, oldest first.
    func projects(_ filter: ProjectFilter) throws -> [Project] {
        var conditions: [String] = []
        var parameters: [SQLiteValue] = []
        if let city = filter.cityID {
            conditions.append("city_id = ?")
            parameters.append(.text(city.rawValue))
        }
        if let direction = filter.direction {
            conditions.append("direction = ?")
            parameters.append(.text(direction))
        }
        if let stage = filter.stage {
            conditions.append("stage = ?")
            parameters.append(.text(stage.rawValue))
        }
        let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try database.query("SELECT \(Self.columns) FROM project\(clause) ORDER BY created_at, id", parameters, project)
    }

    func update(_ id: ProjectID, title: String, summary: String, direction: String, at time: LedgerTime) throws {
        _ = try database.run("UPDATE project SET title = ?, summary = ?, direction = ?, updated_at = ? WHERE id = ?",
                             [.text(title), .text(summary), .text(direction), .text(time.rfc3339), .text(id.rawValue)])
    }

    func setStage(_ stage: ProjectStage, of id: ProjectID, at time: LedgerTime) throws {
        _ = try database.run("UPDATE project SET stage = ?, updated_at = ? WHERE id = ?",
                             [.text(stage.rawValue), .text(time.rfc3339), .text(id.rawValue)])
    }

    func touch(_ id: ProjectID, at time: LedgerTime) throws {
        _ = try database.run("UPDATE project SET updated_at = ? WHERE id = ?", [.text(time.rfc3339), .text(id.rawValue)])
    }

    func setTeam(_ team: [TeamMember], of id: ProjectID) throws {
        _ = try database.run("DELETE FROM project_team WHERE project_id = ?", [.text(id.rawValue)])
        for place in team {
            _ = try database.run("INSERT INTO project_team (project_id, member_id, role) VALUES (?, ?, ?)",
                                 [.text(id.rawValue), .text(place.memberID.rawValue), .text(place.role.rawValue)])
        }
    }

    private func project(_ row: SQLiteRow) throws -> Project {
        let id = row.text(0)
        guard let stage = ProjectStage(rawValue: row.text(5)) else {
            throw RegistryError.corruptedRow(table: "project", id: id, column: "stage")
        }
        let team = try database.query("SELECT member_id, role FROM project_team WHERE project_id = ?", [.text(id)]) { row in
            guard let role = TeamRole(rawValue: row.text(1)) else {
                throw RegistryError.corruptedRow(table: "project_team", id: id, column: "role")
            }
            return TeamMember(memberID: MemberID(unchecked: row.text(0)), role: role)
        }
        return Project(id: ProjectID(unchecked: id), title: row.text(1), summary: row.text(2), direction: row.text(3),
                       cityID: CityID(unchecked: row.text(4)), stage: stage, team: Project.ordered(team),
                       createdAt: try row.time(6, table: "project", id: id, name: "created_at"),
                       updatedAt: try row.time(7, table: "project", id: id, name: "updated_at"))
    }
}
