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
            guard let rules = try? JSONDecoder().decode(ChallengeRules.self, from: Data(row.text(0).utf8)) else {
                throw RegistryError.corruptedRow(table: "challenge_rules", id: event.rawValue, column: "rules")
            }
            return (rules, row.optionalText(1).map(MemberID.init(unchecked:)),
                    try row.optionalTime(2, table: "challenge_rules", id: event.rawValue, name: "public_board_frozen_at"))
        }
    }

    func freeze(_ event: EventID, at time: LedgerTime) throws {
        _ = try database.run("UPDATE challenge_rules SET public_board_frozen_at = ? WHERE event_id = ?",
                             [.text(time.rfc3339), .text(event.rawValue)])
    }

    func insert(_ team: ChallengeTeam) throws {
        _ = try database.run(
            "INSERT INTO challenge_team (id, event_id, city_id, name, project_id, registered_at) VALUES (?, ?, ?, ?, ?, ?)",
            [.text(team.id.rawValue), .text(team.eventID.rawValue), .text(team.cityID.rawValue), .text(team.name),
             team.projectID.map { .text($0.rawValue) } ?? .null, .text(team.registeredAt.rfc3339)])
        for member in team.memberIDs {
            _ = try database.run("INSERT INTO challenge_team_member (team_id, member_id) VALUES (?, ?)",
                                 [.text(team.id.rawValue), .text(member.rawValue)])
        }
    }

    func teams(of event: EventID) throws -> [ChallengeTeam] {
        try database.query(
            "SELECT id, event_id, city_id, name, project_id, registered_at FROM challenge_team WHERE event_id = ? ORDER BY id",
            [.text(event.rawValue)], team)
    }

    func team(_ id: ChallengeTeamID) throws -> ChallengeTeam? {
        try database.queryFirst(
            "SELECT id, event_id, city_id, name, project_id, registered_at FROM challenge_team WHERE id = ?", [.text(id.rawValue)], team)
    }

    func addJudge(_ judge: MemberID, to event: EventID) throws {
        _ = try database.run("INSERT INTO challenge_judge (event_id, member_id) VALUES (?, ?)",
                             [.text(event.rawValue), .text(judge.rawValue)])
    }

    func judges(of event: EventID) throws -> [MemberID] {
        try database.query("SELECT member_id FROM challenge_judge WHERE event_id = ? ORDER BY member_id", [.text(event.rawValue)]) {
            MemberID(unchecked: $0.text(0))
        }
    }

    func assign(_ judge: MemberID, to team: ChallengeTeamID, in event: EventID) throws {
        _ = try database.run("INSERT INTO challenge_assignment (event_id, judge_id, team_id) VALUES (?, ?, ?)",
                             [.text(event.rawValue), .text(judge.rawValue), .text(team.rawValue)])
    }

    func assignments(of event: EventID) throws -> [(judge: MemberID, team: ChallengeTeamID)] {
        try database.query("SELECT judge_id, team_id FROM challenge_assignment WHERE event_id = ? ORDER BY judge_id, team_id",
                           [.text(event.rawValue)]) { (MemberID(unchecked: $0.text(0)), ChallengeTeamID(unchecked: $0.text(1))) }
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

    /// Every revision of every mark, oldest first; the history a judge or auditor reads.
    func markHistory(of event: EventID) throws -> [ChallengeMarkRecord] {
        try database.query(
            """
            SELECT team_id, judge_id, criterion_id, value, revision, marked_at, ledger_seq FROM challenge_mark
            WHERE event_id = ? ORDER BY ledger_seq
            """, [.text(event.rawValue)]) { row in
            ChallengeMarkRecord(team: ChallengeTeamID(unchecked: row.text(0)), judge: MemberID(unchecked: row.text(1)),
                                criterionID: row.text(2), value: row.int(3), revision: row.int(4),
                                markedAt: try row.time(5, table: "challenge_mark", id: row.text(0), name: "marked_at"),
                                ledgerSeq: row.int(6))
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
            ChallengeMark(judge: MemberID(unchecked: row.text(1)), team: ChallengeTeamID(unchecked: row.text(0)),
                          criterionID: row.text(2), value: row.int(3))
        }
    }

    /// The latest revision number of one mark, 0 when never given.
    func latestRevision(event: EventID, team: ChallengeTeamID, judge: MemberID, criterion: String) throws -> Int {
        try database.queryOne(
            """
            SELECT coalesce(max(revision), 0) FROM challenge_mark
            WHERE event_id = ? AND team_id = ? AND judge_id = ? AND criterion_id = ?
            """, [.text(event.rawValue), .text(team.rawValue), .text(judge.rawValue), .text(criterion)]) { $0.int(0) }
    }

    func saveTieDecision(_ order: [ChallengeTeamID], of event: EventID, at time: LedgerTime) throws {
        _ = try database.run(
            """
            INSERT INTO challenge_tie_decision (event_id, team_order, decided_at) VALUES (?, ?, ?)
            ON CONFLICT (event_id) DO UPDATE SET team_order = excluded.team_order, decided_at = excluded.decided_at
            """, [.text(event.rawValue), .text(try RegistryTags.column(order.map(\.rawValue))), .text(time.rfc3339)])
    }

    func tieDecision(of event: EventID) throws -> [ChallengeTeamID] {
        try database.queryFirst("SELECT team_order FROM challenge_tie_decision WHERE event_id = ?", [.text(event.rawValue)]) { row in
            try RegistryTags.decode(row.text(0), table: "challenge_tie_decision", id: event.rawValue, column: "team_order")
                .map(ChallengeTeamID.init(unchecked:))
        } ?? []
    }

    private func team(_ row: SQLiteRow) throws -> ChallengeTeam {
        let id = row.text(0)
        let members = try database.query("SELECT member_id FROM challenge_team_member WHERE team_id = ? ORDER BY member_id",
                                          [.text(id)]) { MemberID(unchecked: $0.text(0)) }
        return ChallengeTeam(id: ChallengeTeamID(unchecked: id), eventID: EventID(unchecked: row.text(1)),
                             cityID: CityID(unchecked: row.text(2)), name: row.text(3),
                             projectID: row.optionalText(4).map(ProjectID.init(unchecked:)), memberIDs: members,
                             registeredAt: try row.time(5, table: "challenge_team", id: id, name: "registered_at"))
    }

    private static func text<T: Encodable>(of value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
