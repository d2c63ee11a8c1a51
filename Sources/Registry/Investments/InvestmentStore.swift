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
            let row = TableRow(row, table: "investment_slot", idColumn: "project_id")
            return PitchSlot(projectID: try row.value("project_id"), startsAt: try row.value("starts_at"),
                             minutes: try row.value("minutes"))
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
                           [.text(event.rawValue)]) {
            try TableRow($0, table: "investment_investor", id: event.rawValue).value("member_id")
        }
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

    /// Marks the pledge accepted by its `investment.accept` entry `ledgerSeq`, from which the
    /// project's town's computed indicators trace the money.
    func accept(_ id: PledgeID, _ acceptance: PledgeAcceptance, ledgerSeq: Int) throws {
        var contract = SQLiteValue.null, round = SQLiteValue.null
        switch acceptance.outcome {
        case let .contract(id): contract = .text(id.rawValue)
        case let .round(id): round = .text(id.rawValue)
        }
        _ = try database.run(
            """
            UPDATE investment_pledge SET status = 'accepted', decided_at = ?, accepted_by = ?, contract_id = ?, cap_table_event_id = ?,
                accept_seq = ?
            WHERE id = ?
            """, [.text(acceptance.acceptedAt.rfc3339), .text(acceptance.acceptedBy), contract, round, .integer(Int64(ledgerSeq)),
                  .text(id.rawValue)])
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
            let row = TableRow(row, table: "investment_union_option", idColumn: "grant_id")
            return UnionOption(projectID: try row.value("project_id"), grantID: try row.value("grant_id"),
                               shareClassID: try row.value("share_class_id"), units: try row.value("units"),
                               ledgerSeq: try row.value("ledger_seq"))
        }
    }

    private func pledge(_ row: SQLiteRow) throws -> Pledge {
        let row = TableRow(row, table: "investment_pledge")
        let status: PledgeStatus = try row.value("status")
        guard let form = Self.form(from: try row.value("plan")) else { throw row.corrupted("plan") }
        let decidedAt: LedgerTime? = try row.optional("decided_at")
        var acceptance: PledgeAcceptance?
        if status == .accepted, let by: String = try row.optional("accepted_by"), let decidedAt {
            let contract: ContractID? = try row.optional("contract_id")
            let round: CapTableEventID? = try row.optional("cap_table_event_id")
            guard let outcome = contract.map(PledgeAcceptance.Outcome.contract) ?? round.map(PledgeAcceptance.Outcome.round) else {
                throw row.corrupted("contract_id")
            }
            acceptance = PledgeAcceptance(acceptedBy: by, outcome: outcome, acceptedAt: decidedAt)
        }
        return Pledge(id: try row.value("id"), eventID: try row.value("event_id"), investor: try row.value("investor_id"),
                      projectID: try row.value("project_id"), amount: try row.value("amount_kopecks"),
                      conditions: try row.value("conditions"), form: form, status: status, pledgedAt: try row.value("pledged_at"),
                      ledgerSeq: try row.value("ledger_seq"), decidedAt: decidedAt, acceptance: acceptance)
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

    /// The form `planText` wrote, or nil for a plan it would not have written.
    private static func form(from plan: JSONValue) -> PledgeForm? {
        if let tranches = plan["tranches"]?.arrayValue {
            var pledged: [PledgedTranche] = []
            for tranche in tranches {
                guard let milestone = tranche["milestone"]?.stringValue, let amount = tranche["amount_kopecks"]?.integerValue,
                      let attesters = tranche["attester_ids"]?.arrayValue?.compactMap(\.stringValue) else { return nil }
                pledged.append(PledgedTranche(milestone: milestone, amount: Kopecks(amount),
                                              attesters: attesters.map(MemberID.init(unchecked:))))
            }
            return .tranches(pledged)
        }
        guard let preMoney = plan["pre_money_kopecks"]?.integerValue, let name = plan["share_class_name"]?.stringValue else { return nil }
        return .equity(preMoney: Kopecks(preMoney), shareClassName: name)
    }
}
