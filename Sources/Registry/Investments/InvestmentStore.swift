import Foundation
import Ledger

/// The SQL for investment sessions: the agenda, registered investors, pledges and the
/// Union's options granted at the session.
struct InvestmentStore {
    let database: SQLiteConnection

    private static let pledgeColumns = """
        id, event_id, investor_id, project_id, amount_kopecks, conditions, plan, status, pledged_at, ledger_seq, decided_at,
        accepted_by, contract_id, cap_table_event_id
        """

    func replaceAgenda(_ slots: [PitchSlot], of event: EventID) throws {
        _ = try database.run("DELETE FROM investment_slot WHERE event_id = ?", [.text(event.rawValue)])
        for (index, slot) in slots.enumerated() {
            _ = try database.run(
                "INSERT INTO investment_slot (event_id, position, project_id, starts_at, minutes) VALUES (?, ?, ?, ?, ?)",
                [.text(event.rawValue), .int(index + 1), .text(slot.projectID.rawValue), .text(slot.startsAt.rfc3339),
                 .int(slot.minutes)])
        }
    }

    /// The agenda in pitch order.
    func agenda(of event: EventID) throws -> [PitchSlot] {
        try database.query("SELECT project_id, starts_at, minutes FROM investment_slot WHERE event_id = ? ORDER BY position",
                           [.text(event.rawValue)]) { row in
            PitchSlot(projectID: ProjectID(unchecked: row.text(0)),
                      startsAt: try row.time(1, table: "investment_slot", id: row.text(0), name: "starts_at"), minutes: row.int(2))
        }
    }

    func isOnAgenda(_ project: ProjectID, of event: EventID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM investment_slot WHERE event_id = ? AND project_id = ?",
                                [.text(event.rawValue), .text(project.rawValue)]) { _ in true } ?? false
    }

    func register(_ investor: MemberID, in event: EventID, at time: LedgerTime) throws {
        _ = try database.run("INSERT INTO investment_investor (event_id, member_id, registered_at) VALUES (?, ?, ?)",
                             [.text(event.rawValue), .text(investor.rawValue), .text(time.rfc3339)])
    }

    func investors(of event: EventID) throws -> [MemberID] {
        try database.query("SELECT member_id FROM investment_investor WHERE event_id = ? ORDER BY member_id",
                           [.text(event.rawValue)]) { MemberID(unchecked: $0.text(0)) }
    }

    func isRegistered(_ investor: MemberID, in event: EventID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM investment_investor WHERE event_id = ? AND member_id = ?",
                                [.text(event.rawValue), .text(investor.rawValue)]) { _ in true } ?? false
    }

    func insert(_ pledge: Pledge) throws {
        _ = try database.run(
            """
            INSERT INTO investment_pledge (id, event_id, investor_id, project_id, amount_kopecks, conditions, form, plan, status,
                pledged_at, ledger_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(pledge.id.rawValue), .text(pledge.eventID.rawValue), .text(pledge.investor.rawValue),
             .text(pledge.projectID.rawValue), .integer(pledge.amount.value), .text(pledge.conditions), .text(pledge.form.name),
             .text(try Self.planText(pledge.form)), .text(pledge.status.rawValue), .text(pledge.pledgedAt.rfc3339), .int(pledge.ledgerSeq)])
    }

    func withdraw(_ id: PledgeID, at time: LedgerTime) throws {
        _ = try database.run("UPDATE investment_pledge SET status = 'withdrawn', decided_at = ? WHERE id = ?",
                             [.text(time.rfc3339), .text(id.rawValue)])
    }

    func accept(_ id: PledgeID, _ acceptance: PledgeAcceptance) throws {
        var contract = SQLiteValue.null, round = SQLiteValue.null
        switch acceptance.outcome {
        case let .contract(id): contract = .text(id.rawValue)
        case let .round(id): round = .text(id.rawValue)
        }
        _ = try database.run(
            """
            UPDATE investment_pledge SET status = 'accepted', decided_at = ?, accepted_by = ?, contract_id = ?, cap_table_event_id = ?
            WHERE id = ?
            """, [.text(acceptance.acceptedAt.rfc3339), .text(acceptance.acceptedBy), contract, round, .text(id.rawValue)])
    }

    func pledge(_ id: PledgeID) throws -> Pledge? {
        try database.queryFirst("SELECT \(Self.pledgeColumns) FROM investment_pledge WHERE id = ?", [.text(id.rawValue)], pledge)
    }

    /// The session's pledges in the order they were made.
    func pledges(of event: EventID) throws -> [Pledge] {
        try database.query("SELECT \(Self.pledgeColumns) FROM investment_pledge WHERE event_id = ? ORDER BY ledger_seq",
                           [.text(event.rawValue)], pledge)
    }

    func insertUnionOption(_ option: UnionOption, of event: EventID) throws {
        _ = try database.run(
            """
            INSERT INTO investment_union_option (event_id, project_id, grant_id, share_class_id, units, ledger_seq)
            VALUES (?, ?, ?, ?, ?, ?)
            """, [.text(event.rawValue), .text(option.projectID.rawValue), .text(option.grantID.rawValue),
                  .text(option.shareClassID.rawValue), .integer(option.units.value), .int(option.ledgerSeq)])
    }

    func unionOptions(of event: EventID) throws -> [UnionOption] {
        try database.query(
            """
            SELECT project_id, grant_id, share_class_id, units, ledger_seq FROM investment_union_option
            WHERE event_id = ? ORDER BY project_id
            """, [.text(event.rawValue)]) { row in
            guard let units = ShareCount(row.int64(3)) else {
                throw RegistryError.corruptedRow(table: "investment_union_option", id: row.text(1), column: "units")
            }
            return UnionOption(projectID: ProjectID(unchecked: row.text(0)), grantID: CapTableEventID(row.text(1)),
                               shareClassID: ShareClassID(row.text(2)), units: units, ledgerSeq: row.int(4))
        }
    }

    private func pledge(_ row: SQLiteRow) throws -> Pledge {
        let id = row.text(0)
        guard let status = PledgeStatus(rawValue: row.text(7)), let form = try? Self.form(from: row.text(6)) else {
            throw RegistryError.corruptedRow(table: "investment_pledge", id: id, column: "status or plan")
        }
        var acceptance: PledgeAcceptance?
        if status == .accepted, let by = row.optionalText(11), let decided = row.optionalText(10).flatMap(LedgerTime.init(rfc3339:)) {
            let outcome: PledgeAcceptance.Outcome? = row.optionalText(12).map { .contract(ContractID(unchecked: $0)) }
                ?? row.optionalText(13).map { .round(CapTableEventID($0)) }
            guard let outcome else { throw RegistryError.corruptedRow(table: "investment_pledge", id: id, column: "contract_id") }
            acceptance = PledgeAcceptance(acceptedBy: by, outcome: outcome, acceptedAt: decided)
        }
        return Pledge(id: PledgeID(unchecked: id), eventID: EventID(unchecked: row.text(1)), investor: MemberID(unchecked: row.text(2)),
                      projectID: ProjectID(unchecked: row.text(3)), amount: Kopecks(row.int64(4)), conditions: row.text(5),
                      form: form, status: status,
                      pledgedAt: try row.time(8, table: "investment_pledge", id: id, name: "pledged_at"), ledgerSeq: row.int(9),
                      decidedAt: try row.optionalTime(10, table: "investment_pledge", id: id, name: "decided_at"),
                      acceptance: acceptance)
    }

    /// The form's details as stored JSON: the tranches, or the round's pre-money and class name.
    private static func planText(_ form: PledgeForm) throws -> String {
        let plan: JSONValue
        switch form {
        case let .tranches(tranches):
            plan = ["tranches": .array(tranches.map { tranche in
                ["milestone": .string(tranche.milestone), "amount_kopecks": .integer(tranche.amount.value),
                 "attester_ids": .array(tranche.attesters.map { .string($0.rawValue) })]
            })]
        case let .equity(preMoney, name):
            plan = ["pre_money_kopecks": .integer(preMoney.value), "share_class_name": .string(name)]
        }
        return String(decoding: try plan.canonicalBytes(), as: UTF8.self)
    }

    private static func form(from text: String) throws -> PledgeForm? {
        let plan = try JSONValue.parse(text)
        if let tranches = plan["tranches"]?.arrayValue {
            return .tranches(try tranches.map { tranche in
                guard let milestone = tranche["milestone"]?.stringValue, let amount = tranche["amount_kopecks"]?.integerValue,
                      let attesters = tranche["attester_ids"]?.arrayValue?.compactMap(\.stringValue) else {
                    throw RegistryError.corruptedRow(table: "investment_pledge", id: text, column: "plan")
                }
                return PledgedTranche(milestone: milestone, amount: Kopecks(amount), attesters: attesters.map(MemberID.init(unchecked:)))
            })
        }
        guard let preMoney = plan["pre_money_kopecks"]?.integerValue, let name = plan["share_class_name"]?.stringValue else { return nil }
        return .equity(preMoney: Kopecks(preMoney), shareClassName: name)
    }
}
