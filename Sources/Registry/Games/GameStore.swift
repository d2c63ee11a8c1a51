import Ledger

/// The SQL for Games: settings, participants, ideas and the commission's approvals.
struct GameStore {
    let database: SQLiteConnection

    func save(_ settings: GameSettings, of id: EventID) throws {
        _ = try database.run(
            """
            INSERT INTO game (event_id, directions, team_size_limit, selection_rule, selection_count, commission)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (event_id) DO UPDATE SET directions = excluded.directions, team_size_limit = excluded.team_size_limit,
                selection_rule = excluded.selection_rule, selection_count = excluded.selection_count,
                commission = excluded.commission
            """,
            [.text(id.rawValue), .text(try RegistryTags.column(settings.directions)), .int(settings.teamSizeLimit),
             .text(settings.selection.name), .int(settings.selection.count),
             .text(try RegistryTags.column(settings.commission.map(\.rawValue)))])
        _ = try database.run("DELETE FROM game_facilitator WHERE event_id = ?", [.text(id.rawValue)])
        for member in settings.facilitators {
            _ = try database.run("INSERT INTO game_facilitator (event_id, member_id) VALUES (?, ?)", [.text(id.rawValue), .text(member.rawValue)])
        }
    }

    func facilitators(of id: EventID) throws -> [MemberID] {
        try database.query("SELECT member_id FROM game_facilitator WHERE event_id = ? ORDER BY member_id", [.text(id.rawValue)]) {
            try TableRow($0, table: "game_facilitator", id: id.rawValue).value("member_id")
        }
    }

    func facilitated(by member: MemberID) throws -> [EventID] {
        try database.query(
            """
            SELECT f.event_id FROM game_facilitator f JOIN event e ON e.id = f.event_id
            WHERE f.member_id = ? ORDER BY e.starts_on DESC, f.event_id
            """, [.text(member.rawValue)]) { try TableRow($0, table: "game_facilitator", id: member.rawValue).value("event_id") }
    }

    func settings(of id: EventID) throws -> GameSettings? {
        try database.queryFirst(
            "SELECT directions, team_size_limit, selection_rule, selection_count, commission FROM game WHERE event_id = ?",
            [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "game", id: id.rawValue)
            guard let rule = SelectionRule(name: try row.value("selection_rule"), count: try row.value("selection_count")) else {
                throw row.corrupted("selection_rule")
            }
            return GameSettings(directions: try row.tags("directions"), teamSizeLimit: try row.value("team_size_limit"), selection: rule,
                                commission: try row.tags("commission").map(MemberID.init(unchecked:)),
                                facilitators: try facilitators(of: id))
        }
    }

    /// The settings every act of a running Game needs.
    func requireSettings(of id: EventID) throws -> GameSettings {
        guard let settings = try settings(of: id) else {
            throw GameConflict.noSettings(id)
        }
        return settings
    }

    func insertParticipant(_ member: MemberID, in id: EventID, at time: LedgerTime) throws {
        _ = try database.run("INSERT INTO game_participant (event_id, member_id, registered_at) VALUES (?, ?, ?)",
                             [.text(id.rawValue), .text(member.rawValue), .text(time.rfc3339)])
    }

    func isParticipant(_ member: MemberID, in id: EventID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM game_participant WHERE event_id = ? AND member_id = ?",
                                [.text(id.rawValue), .text(member.rawValue)]) { _ in true } ?? false
    }

    func participants(of id: EventID) throws -> [MemberID] {
        try database.query("SELECT member_id FROM game_participant WHERE event_id = ? ORDER BY registered_at, member_id",
                           [.text(id.rawValue)]) { try TableRow($0, table: "game_participant", id: id.rawValue).value("member_id") }
    }

    func insertIdea(_ project: ProjectID, in id: EventID, asset: IPAssetID?, seq: Int) throws {
        _ = try database.run("INSERT INTO game_idea (project_id, event_id, asset_id, submitted_seq) VALUES (?, ?, ?, ?)",
                             [.text(project.rawValue), .text(id.rawValue), asset.map { .text($0.rawValue) } ?? .null, .int(seq)])
    }

    /// The Game's ideas with their approvals, in the order submitted.
    func ideas(of id: EventID) throws -> [GameIdea] {
        try database.query(Self.ideaQuery + " WHERE i.event_id = ? ORDER BY i.submitted_seq", [.text(id.rawValue)], Self.idea)
    }

    func idea(of project: ProjectID) throws -> GameIdea? {
        try database.queryFirst(Self.ideaQuery + " WHERE i.project_id = ?", [.text(project.rawValue)], Self.idea)
    }

    func idea(_ project: ProjectID, of id: EventID) throws -> GameIdea? {
        try database.queryFirst(Self.ideaQuery + " WHERE i.event_id = ? AND i.project_id = ?",
                                [.text(id.rawValue), .text(project.rawValue)], Self.idea)
    }

    /// The idea of this Game whose team holds `member`, if any.
    func team(of member: MemberID, in id: EventID) throws -> ProjectID? {
        try database.queryFirst(
            "SELECT i.project_id FROM game_idea i JOIN project_team t ON t.project_id = i.project_id WHERE i.event_id = ? AND t.member_id = ?",
            [.text(id.rawValue), .text(member.rawValue)]) { try TableRow($0, table: "game_idea", id: id.rawValue).value("project_id") }
    }

    func hasApproval(of project: ProjectID, by account: AccountID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM game_approval WHERE project_id = ? AND account_id = ?",
                                [.text(project.rawValue), .text(account.rawValue)]) { _ in true } ?? false
    }

    func insertApproval(of project: ProjectID, by account: AccountID, at time: LedgerTime) throws {
        _ = try database.run("INSERT INTO game_approval (project_id, account_id, approved_at) VALUES (?, ?, ?)",
                             [.text(project.rawValue), .text(account.rawValue), .text(time.rfc3339)])
    }

    func deleteApproval(of project: ProjectID, by account: AccountID) throws -> Bool {
        try database.run("DELETE FROM game_approval WHERE project_id = ? AND account_id = ?",
                         [.text(project.rawValue), .text(account.rawValue)]) > 0
    }

    private static let ideaQuery = """
        SELECT i.project_id, i.event_id, i.asset_id, i.submitted_seq,
               (SELECT count(*) FROM game_approval a WHERE a.project_id = i.project_id) AS approvals
        FROM game_idea i
        """

    private static func idea(_ row: SQLiteRow) throws -> GameIdea {
        let row = TableRow(row, table: "game_idea", idColumn: "project_id")
        return GameIdea(projectID: try row.value("project_id"), gameID: try row.value("event_id"), assetID: try row.optional("asset_id"),
                        submittedSeq: try row.value("submitted_seq"), approvals: try row.value("approvals"))
    }
}
