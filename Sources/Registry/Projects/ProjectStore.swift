import Ledger

/// The SQL for projects and their teams.
struct ProjectStore {
    let database: SQLiteConnection

    private static let columnNames = ["id", "title", "summary", "direction", "city_id", "stage", "created_at", "updated_at"]
    private static let columns = columnNames.joined(separator: ", ")

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

    func recordStageMove(_ move: ProjectStageMove, of project: ProjectID) throws {
        try database.run(
            "INSERT INTO project_stage_move (project_id, ledger_seq, from_stage, to_stage, moved_at) VALUES (?, ?, ?, ?, ?)",
            [.text(project.rawValue), .int(move.ledgerSeq), .text(move.from.rawValue), .text(move.to.rawValue),
             .text(move.movedAt.rfc3339)])
    }

    /// The project's stage moves, oldest first.
    func stageMoves(of project: ProjectID) throws -> [ProjectStageMove] {
        try database.query(
            "SELECT from_stage, to_stage, ledger_seq, moved_at FROM project_stage_move WHERE project_id = ? ORDER BY ledger_seq",
            [.text(project.rawValue)]) { row in
            let seq = try row.int("ledger_seq")
            let row = TableRow(row, table: "project_stage_move", id: "\(project)/\(seq)")
            return ProjectStageMove(from: try row.value("from_stage"), to: try row.value("to_stage"), ledgerSeq: seq,
                                    movedAt: try row.value("moved_at"))
        }
    }

    func project(id: ProjectID) throws -> Project? {
        try database.queryFirst("SELECT \(Self.columns) FROM project WHERE id = ?", [.text(id.rawValue)], projectWithoutTeam)
            .flatMap { try withTeams([$0]).first }
    }

    /// How many of the town's projects are at each stage.
    func stageCounts(cityID: CityID) throws -> [ProjectStage: Int] {
        var counts: [ProjectStage: Int] = [:]
        try database.forEach("SELECT stage, projects AS total FROM project_stage_tally WHERE city_id = ? AND projects > 0",
                             [.text(cityID.rawValue)]) { row in
            let row = TableRow(row, table: "project", id: cityID.rawValue)
            let stage: ProjectStage = try row.value("stage")
            counts[stage] = try row.value("total")
            return true
        }
        return counts
    }

    /// Every project matching `filter`, oldest first (for exports).
    func projects(_ filter: ProjectFilter) throws -> [Project] {
        var all: [Project] = []
        var request = try PageRequest(limit: PageRequest.maximumLimit)
        while true {
            let page = try projects(filter, matching: nil, request)
            all += page.items
            guard let next = page.next else { return all }
            request = try PageRequest(limit: PageRequest.maximumLimit, after: next)
        }
    }

    /// One page of the projects matching `filter` (and `query`, ranked by relevance),
    /// otherwise oldest first.
    func projects(_ filter: ProjectFilter, matching query: SearchQuery?, _ request: PageRequest) throws -> ListPage<Project> {
        var listing = KeysetListing(table: "project", columns: Self.columnNames, order: [.text("created_at"), .text("id")])
        if let city = filter.cityID { listing.filter("t.city_id = ?", .text(city.rawValue)) }
        if let direction = filter.direction { listing.filter("t.direction = ?", .text(direction)) }
        if let stage = filter.stage { listing.filter("t.stage = ?", .text(stage.rawValue)) }
        if let member = filter.memberID {
            listing.filter("EXISTS (SELECT 1 FROM project_team m WHERE m.project_id = t.id AND m.member_id = ?)", .text(member.rawValue))
        }
        let page = try listing.page(matching: query, request, in: database, row: projectWithoutTeam)
        return ListPage(items: try withTeams(page.items), next: page.next)
    }

    /// The `limit` projects created last, of `city` if given, newest first.
    func newest(in city: CityID?, limit: Int) throws -> [Project] {
        let sql = "SELECT \(Self.columns) FROM project" + (city == nil ? "" : " WHERE city_id = ?") + " ORDER BY created_at DESC, id DESC LIMIT ?"
        return try withTeams(try database.query(sql, (city.map { [.text($0.rawValue)] } ?? []) + [.int(limit)], projectWithoutTeam))
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

    /// A project row; its team is read for a whole page at once by `withTeams`.
    private func projectWithoutTeam(_ row: SQLiteRow) throws -> Project {
        let row = TableRow(row, table: "project")
        return Project(id: try row.value("id"), title: try row.value("title"), summary: try row.value("summary"),
                       direction: try row.value("direction"), cityID: try row.value("city_id"), stage: try row.value("stage"),
                       team: [], createdAt: try row.value("created_at"), updatedAt: try row.value("updated_at"))
    }

    /// The projects with their teams, read in one query for all of them rather than one
    /// query per project (a town's page lists hundreds).
    private func withTeams(_ projects: [Project]) throws -> [Project] {
        guard !projects.isEmpty else { return [] }
        let ids = try JSONValue.array(projects.map { .string($0.id.rawValue) }).canonicalBytes()
        var teams: [ProjectID: [TeamMember]] = [:]
        try database.forEach(
            "SELECT project_id, member_id, role FROM project_team WHERE project_id IN (SELECT value FROM json_each(?))",
            [.text(String(decoding: ids, as: UTF8.self))]) { row in
            let row = TableRow(row, table: "project_team", idColumn: "project_id")
            let project: ProjectID = try row.value("project_id")
            teams[project, default: []].append(TeamMember(memberID: try row.value("member_id"), role: try row.value("role")))
            return true
        }
        return projects.map { project in
            Project(id: project.id, title: project.title, summary: project.summary, direction: project.direction,
                    cityID: project.cityID, stage: project.stage, team: Project.ordered(teams[project.id] ?? []),
                    createdAt: project.createdAt, updatedAt: project.updatedAt)
        }
    }
}
