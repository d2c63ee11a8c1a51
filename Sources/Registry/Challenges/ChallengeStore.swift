import Foundation
import Ledger

/// The SQL for a Challenge's rules, teams, judges, assignments and marks.
struct ChallengeStore {
    let database: SQLiteConnection

    func saveRules(_ rules: ChallengeRules, chair: MemberID?, of event: EventID, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO challenge_rules (event_id, rules, chair_member_id, updated_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (event_id) DO UPDATE SET rules = excluded.rules, chair_member_id = excluded.chair_member_id,
                updated_at = excluded.updated_at
            """,
            [.text(event.rawValue), .text(try Self.text(of: rules)), chair.map { .text($0.rawValue) } ?? .null, .text(time.rfc3339)])
    }

    /// The rules, the chair and the moment the public board was frozen, if it was.
    func rules(of event: EventID) throws -> (rules: ChallengeRules, chair: MemberID?, frozenAt: LedgerTime?)? {
        try database.queryFirst(
            "SELECT rules, chair_member_id, public_board_frozen_at FROM challenge_rules WHERE event_id = ?",
            [.text(event.rawValue)]) { row in
            let row = TableRow(row, table: "challenge_rules", id: event.rawValue)
            let text: String = try row.value("rules")
            guard let rules = try? JSONDecoder().decode(ChallengeRules.self, from: Data(text.utf8)) else {
                throw row.corrupted("rules")
            }
            return (rules, try row.optional("chair_member_id"), try row.optional("public_board_frozen_at"))
        }
    }

    func freeze(_ event: EventID, at time: LedgerTime) throws {
        _ = try database.run("UPDATE challenge_rules SET public_board_frozen_at = ? WHERE event_id = ?",
                             [.text(time.rfc3339), .text(event.rawValue)])
    }

    func insert(_ team: ChallengeTeam) throws {
        _ = try database.run(
            """
            INSERT INTO challenge_team (id, event_id, city_id, name, project_id, registered_at, origin, source_seq, source_sha256,
                                        source_team_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(team.id.rawValue), .text(team.eventID.rawValue), .text(team.cityID.rawValue), .text(team.name),
             team.projectID.map { .text($0.rawValue) } ?? .null, .text(team.registeredAt.rfc3339),
             team.nominatedElsewhere.map { .text($0.origin) } ?? .null, team.nominatedElsewhere.map { .int($0.seq) } ?? .null,
             team.nominatedElsewhere.map { .text($0.entrySHA256) } ?? .null, team.nominatedElsewhere.map { .text($0.teamID) } ?? .null])
        for member in team.memberIDs {
            _ = try database.run("INSERT INTO challenge_team_member (team_id, member_id) VALUES (?, ?)",
                                 [.text(team.id.rawValue), .text(member.rawValue)])
        }
    }

    func teams(of event: EventID) throws -> [ChallengeTeam] {
        try database.query(
            "SELECT \(Self.teamColumns) FROM challenge_team WHERE event_id = ? ORDER BY id",
            [.text(event.rawValue)], team)
    }

    /// Each team's id and name, without their members.
    func teamNames(of event: EventID) throws -> [(id: ChallengeTeamID, name: String)] {
        try database.query("SELECT id, name FROM challenge_team WHERE event_id = ? ORDER BY id", [.text(event.rawValue)]) { row in
            let row = TableRow(row, table: "challenge_team")
            return (try row.value("id"), try row.value("name"))
        }
    }

    /// Each team's id and town, in the order of `teams(of:)`, without their members.
    func teamTowns(of event: EventID) throws -> [(id: ChallengeTeamID, cityID: CityID)] {
        try database.query("SELECT id, city_id FROM challenge_team WHERE event_id = ? ORDER BY id", [.text(event.rawValue)]) { row in
            let row = TableRow(row, table: "challenge_team")
            return (try row.value("id"), try row.value("city_id"))
        }
    }

    func team(_ id: ChallengeTeamID) throws -> ChallengeTeam? {
        try database.queryFirst(
            "SELECT \(Self.teamColumns) FROM challenge_team WHERE id = ?", [.text(id.rawValue)], team)
    }

    private static let teamColumns = "id, event_id, city_id, name, project_id, registered_at, origin, source_seq, source_sha256, source_team_id"

    func addJudge(_ judge: MemberID, to event: EventID) throws {
        _ = try database.run("INSERT INTO challenge_judge (event_id, member_id) VALUES (?, ?)",
                             [.text(event.rawValue), .text(judge.rawValue)])
    }

    func judges(of event: EventID) throws -> [MemberID] {
        try database.query("SELECT member_id FROM challenge_judge WHERE event_id = ? ORDER BY member_id", [.text(event.rawValue)]) {
            try TableRow($0, table: "challenge_judge", id: event.rawValue).value("member_id")
        }
    }

    func assign(_ judge: MemberID, to team: ChallengeTeamID, in event: EventID) throws {
        _ = try database.run("INSERT INTO challenge_assignment (event_id, judge_id, team_id) VALUES (?, ?, ?)",
                             [.text(event.rawValue), .text(judge.rawValue), .text(team.rawValue)])
    }

    func assignments(of event: EventID) throws -> [(judge: MemberID, team: ChallengeTeamID)] {
        try database.query("SELECT judge_id, team_id FROM challenge_assignment WHERE event_id = ? ORDER BY judge_id, team_id",
                           [.text(event.rawValue)]) { row in
            let row = TableRow(row, table: "challenge_assignment", id: event.rawValue)
            return (try row.value("judge_id"), try row.value("team_id"))
        }
    }

    func isAssigned(_ judge: MemberID, to team: ChallengeTeamID, in event: EventID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM challenge_assignment WHERE event_id = ? AND judge_id = ? AND team_id = ?",
                                [.text(event.rawValue), .text(judge.rawValue), .text(team.rawValue)]) { _ in true } ?? false
    }

    func insert(_ mark: ChallengeMarkRecord, in event: EventID) throws {
        _ = try database.run(
            """
            INSERT INTO challenge_mark (event_id, team_id, judge_id, criterion_id, revision, value, marked_at, ledger_seq)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(event.rawValue), .text(mark.team.rawValue), .text(mark.judge.rawValue), .text(mark.criterionID),
             .int(mark.revision), .int(mark.value), .text(mark.markedAt.rfc3339), .int(mark.ledgerSeq)])
    }

    /// Every revision of every mark, oldest first (those entered after ledger entry `seq`
    /// when one is given): the history a judge or auditor reads.
    func markHistory(of event: EventID, after seq: Int = -1) throws -> [ChallengeMarkRecord] {
        try database.query(
            """
            SELECT team_id, judge_id, criterion_id, value, revision, marked_at, ledger_seq FROM challenge_mark
            WHERE event_id = ? AND ledger_seq > ? ORDER BY ledger_seq
            """, [.text(event.rawValue), .int(seq)]) { row in
            let row = TableRow(row, table: "challenge_mark", idColumn: "team_id")
            return ChallengeMarkRecord(team: try row.value("team_id"), judge: try row.value("judge_id"),
                                       criterionID: try row.value("criterion_id"), value: try row.value("value"),
                                       revision: try row.value("revision"), markedAt: try row.value("marked_at"),
                                       ledgerSeq: try row.value("ledger_seq"))
        }
    }

    /// The latest revision of each mark given up to `until` (all when nil), by `judge`
    /// only when one is named.
    func currentMarks(of event: EventID, until: LedgerTime? = nil, by judge: MemberID? = nil) throws -> [ChallengeMark] {
        try database.query(
            """
            SELECT team_id, judge_id, criterion_id, value FROM challenge_mark m
            WHERE event_id = ?1 AND marked_at <= ?2 AND (?3 IS NULL OR judge_id = ?3) AND revision = (
                SELECT max(revision) FROM challenge_mark l WHERE l.event_id = m.event_id AND l.team_id = m.team_id
                    AND l.judge_id = m.judge_id AND l.criterion_id = m.criterion_id AND l.marked_at <= ?2)
            ORDER BY judge_id, team_id
            """, [.text(event.rawValue), .text(until?.rfc3339 ?? "9999"), judge.map { .text($0.rawValue) } ?? .null]) { row in
            let row = TableRow(row, table: "challenge_mark", idColumn: "team_id")
            return ChallengeMark(judge: try row.value("judge_id"), team: try row.value("team_id"),
                                 criterionID: try row.value("criterion_id"), value: try row.value("value"))
        }
    }

    /// The latest revision number of one mark, 0 when never given.
    func latestRevision(event: EventID, team: ChallengeTeamID, judge: MemberID, criterion: String) throws -> Int {
        try database.queryOne(
            """
            SELECT coalesce(max(revision), 0) AS revision FROM challenge_mark
            WHERE event_id = ? AND team_id = ? AND judge_id = ? AND criterion_id = ?
            """, [.text(event.rawValue), .text(team.rawValue), .text(judge.rawValue), .text(criterion)]) { row throws(StorageError) in
            try row.int("revision")
        }
    }

    func saveTieDecision(_ order: [ChallengeTeamID], of event: EventID, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO challenge_tie_decision (event_id, team_order, decided_at) VALUES (?, ?, ?)
            ON CONFLICT (event_id) DO UPDATE SET team_order = excluded.team_order, decided_at = excluded.decided_at
            """, [.text(event.rawValue), .text(try RegistryTags.column(order.map(\.rawValue))), .text(time.rfc3339)])
    }

    func tieDecision(of event: EventID) throws -> [ChallengeTeamID] {
        try database.queryFirst("SELECT team_order FROM challenge_tie_decision WHERE event_id = ?", [.text(event.rawValue)]) {
            try TableRow($0, table: "challenge_tie_decision", id: event.rawValue).tags("team_order").map(ChallengeTeamID.init(unchecked:))
        } ?? []
    }

    private func team(_ row: SQLiteRow) throws -> ChallengeTeam {
        let row = TableRow(row, table: "challenge_team")
        let id: ChallengeTeamID = try row.value("id")
        let members = try database.query("SELECT member_id FROM challenge_team_member WHERE team_id = ? ORDER BY member_id",
                                          [.text(id.rawValue)]) {
            try TableRow($0, table: "challenge_team_member", id: id.rawValue).value("member_id") as MemberID
        }
        var nominated: TeamNominatedElsewhere?
        if let origin: String = try row.optional("origin") {
            nominated = TeamNominatedElsewhere(origin: origin, seq: try row.value("source_seq"), entrySHA256: try row.value("source_sha256"),
                                               teamID: try row.optional("source_team_id") ?? id.rawValue)
        }
        return ChallengeTeam(id: id, eventID: try row.value("event_id"), cityID: try row.value("city_id"), name: try row.value("name"),
                             projectID: try row.optional("project_id"), memberIDs: members,
                             registeredAt: try row.value("registered_at"), nominatedElsewhere: nominated)
    }

    private static func text<T: Encodable>(of value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
