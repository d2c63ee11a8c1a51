import Ledger

/// The SQL that finds acts waiting for a member, each query bounded by the member's own
/// rows (by the indexes on signer, party, representative, team and judge).
struct WaitingActStore {
    let database: SQLiteConnection

    func ipConsents(of member: MemberID) throws -> [WaitingAct] {
        try database.query("""
            SELECT r.id AS id, r.title AS title FROM ip_consent_signer s JOIN ip_consent_request r ON r.id = s.request_id
            WHERE s.member_id = ? AND s.signature IS NULL ORDER BY r.created_at, r.id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "ip_consent_request")
            return .signIPConsent(try row.value("id"), title: try row.value("title"))
        }
    }

    /// Proposed contracts with an unsigned party that is the member or that the member
    /// represents.
    func contractsToSign(by member: MemberID) throws -> [WaitingAct] {
        try database.query("""
            SELECT DISTINCT c.id AS id, c.kind AS kind, p.title AS project_title, c.created_at AS created_at
            FROM contract_party cp JOIN contract c ON c.id = cp.contract_id
            LEFT JOIN contract_representative r ON r.contract_id = cp.contract_id AND r.party_id = cp.party_id
            LEFT JOIN project p ON p.id = c.project_id
            WHERE c.status = 'proposed' AND cp.signed_seq IS NULL AND (cp.party_id = ?1 OR r.member_id = ?1)
            ORDER BY c.created_at, c.id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "contract")
            return .signContract(try row.value("id"), kind: try row.value("kind"), projectTitle: try row.optional("project_title"))
        }
    }

    /// Milestones of active milestone-tranche contracts that wait for the attestation of a
    /// party the member is, or acts for.
    func milestonesToAttest(by member: MemberID) throws -> [WaitingAct] {
        let candidates = try database.query("""
            SELECT DISTINCT c.id AS id, cp.party_id AS party_id, p.title AS project_title, c.created_at AS created_at
            FROM contract_party cp JOIN contract c ON c.id = cp.contract_id
            LEFT JOIN contract_representative r ON r.contract_id = cp.contract_id AND r.party_id = cp.party_id
            LEFT JOIN project p ON p.id = c.project_id
            WHERE c.status = 'active' AND c.kind = 'milestone_tranches' AND (cp.party_id = ?1 OR r.member_id = ?1)
            ORDER BY c.created_at, c.id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "contract")
            return (contract: try row.value("id") as ContractID, party: try row.value("party_id") as PartyID,
                    projectTitle: try row.optional("project_title") as String?)
        }
        let contracts = ContractStore(database: database)
        var acts: [WaitingAct] = []
        for candidate in candidates {
            guard let contract = try contracts.contract(id: candidate.contract) else { continue }
            for milestone in contract.state.milestonesAwaitingAttestation(by: candidate.party) {
                acts.append(.attestMilestone(candidate.contract, milestone: milestone, projectTitle: candidate.projectTitle))
            }
        }
        return acts
    }

    func pledgesToAccept(by member: MemberID) throws -> [WaitingAct] {
        try database.query("""
            SELECT g.id AS id, g.event_id AS event_id, p.title AS title, g.amount_kopecks AS amount_kopecks
            FROM project_team t JOIN investment_pledge g ON g.project_id = t.project_id JOIN project p ON p.id = t.project_id
            WHERE t.member_id = ? AND t.role = 'lead' AND g.status = 'pledged' ORDER BY g.pledged_at, g.id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "investment_pledge")
            return .acceptPledge(try row.value("id"), session: try row.value("event_id"), projectTitle: try row.value("title"),
                                 amount: try row.value("amount_kopecks"))
        }
    }

    /// Consultations the member gave as mentor, or received as the project's lead, that the
    /// member has not confirmed.
    func consultationsToConfirm(by member: MemberID) throws -> [WaitingAct] {
        try database.query("""
            SELECT c.id AS id, c.event_id AS event_id, p.title AS title, c.held_on AS held_on
            FROM accelerator_consultation c JOIN project p ON p.id = c.project_id
            WHERE c.mentor_id = ?1 AND c.mentor_confirmed_at IS NULL
            UNION
            SELECT c.id, c.event_id, p.title, c.held_on
            FROM project_team t JOIN accelerator_consultation c ON c.project_id = t.project_id JOIN project p ON p.id = t.project_id
            WHERE t.member_id = ?1 AND t.role = 'lead' AND c.lead_confirmed_at IS NULL
            ORDER BY held_on, id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "accelerator_consultation")
            return .confirmConsultation(try row.value("id"), cohort: try row.value("event_id"), projectTitle: try row.value("title"),
                                        heldOn: try row.value("held_on"))
        }
    }

    /// Running Challenges where the member is assigned teams it has given no mark yet.
    func teamsToMark(by member: MemberID) throws -> [WaitingAct] {
        try database.query("""
            SELECT e.id AS id, e.title AS title, COUNT(*) AS teams
            FROM challenge_assignment a JOIN event e ON e.id = a.event_id
            WHERE a.judge_id = ?1 AND e.status = 'running' AND NOT EXISTS (
                SELECT 1 FROM challenge_mark m WHERE m.event_id = a.event_id AND m.team_id = a.team_id AND m.judge_id = ?1)
            GROUP BY e.id, e.title ORDER BY e.starts_on, e.id
            """, [.text(member.rawValue)]) { row in
            let row = TableRow(row, table: "event")
            return .markTeams(try row.value("id"), challengeTitle: try row.value("title"), teams: try row.value("teams"))
        }
    }

    func applications() throws -> Int {
        try database.query("SELECT COUNT(*) AS applications FROM member WHERE status = 'applied'") { row in
            try TableRow(row, table: "member", id: "applications").value("applications") as Int
        }.first ?? 0
    }
}
