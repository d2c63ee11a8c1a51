import Ledger

/// The SQL for contracts: their rows, parties and representatives, and the index of
/// their events (each event's canonical payload and the seq of its ledger entry).
struct ContractStore {
    let database: SQLiteConnection

    private static let columnNames = ["id", "kind", "project_id", "status", "legal_text", "text_sha256", "terms_sha256",
                                      "propose_seq", "created_at"]
    private static let columns = columnNames.joined(separator: ", ")

    func insert(id: ContractID, proposal: ContractProposal, termsSHA256: SHA256Digest, proposeSeq: Int,
                at time: LedgerTime) throws {
        _ = try database.run(
            "INSERT INTO contract (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [.text(id.rawValue), .text(proposal.terms.kind.rawValue), proposal.projectID.map { .text($0.rawValue) } ?? .null,
             .text(ContractStatus.proposed.rawValue), .text(proposal.legalText), .text(proposal.terms.textSHA256.hex),
             .text(termsSHA256.hex), .integer(Int64(proposeSeq)), .text(time.rfc3339)])
        for party in proposal.terms.parties {
            _ = try database.run("INSERT INTO contract_party (contract_id, party_id, role) VALUES (?, ?, ?)",
                                 [.text(id.rawValue), .text(party.id.rawValue), .text(party.role)])
        }
        for (party, member) in proposal.representatives {
            _ = try database.run("INSERT INTO contract_representative (contract_id, party_id, member_id) VALUES (?, ?, ?)",
                                 [.text(id.rawValue), .text(party.rawValue), .text(member.rawValue)])
        }
    }

    /// Indexes one event recorded by the entry `seq`, and keeps the status cache and the
    /// signing party's row up to date.
    func record(_ event: ContractEvent, of id: ContractID, seq: Int, status: ContractStatus) throws {
        let text = String(decoding: try event.payload.canonicalBytes(), as: UTF8.self)
        _ = try database.run("INSERT INTO contract_event (contract_id, ledger_seq, payload) VALUES (?, ?, ?)",
                             [.text(id.rawValue), .integer(Int64(seq)), .text(text)])
        _ = try database.run("UPDATE contract SET status = ? WHERE id = ?", [.text(status.rawValue), .text(id.rawValue)])
        if case let .signed(party, _) = event.action {
            _ = try database.run("UPDATE contract_party SET signed_seq = ? WHERE contract_id = ? AND party_id = ?",
                                 [.integer(Int64(seq)), .text(id.rawValue), .text(party.rawValue)])
        }
    }

    /// The contract's events in ledger order, read back from the index.
    func events(of id: ContractID) throws -> [(seq: Int, event: ContractEvent)] {
        try database.query("SELECT ledger_seq, payload FROM contract_event WHERE contract_id = ? ORDER BY ledger_seq",
                           [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "contract_event", id: id.rawValue)
            return (try row.value("ledger_seq"), try ContractEvent(payload: try row.value("payload")))
        }
    }

    func contract(id: ContractID) throws -> Contract? {
        try database.queryFirst("SELECT \(Self.columns) FROM contract WHERE id = ?", [.text(id.rawValue)], contract)
    }

    /// One page of the contracts `filter` keeps, oldest first.
    func contracts(_ filter: ContractFilter, _ request: PageRequest) throws -> ListPage<Contract> {
        var listing = KeysetListing(table: "contract", columns: Self.columnNames, order: [.text("created_at"), .text("id")])
        if let project = filter.projectID { listing.filter("t.project_id = ?", .text(project.rawValue)) }
        if let kind = filter.kind { listing.filter("t.kind = ?", .text(kind.rawValue)) }
        if let status = filter.status { listing.filter("t.status = ?", .text(status.rawValue)) }
        if let party = filter.party {
            listing.filter("t.id IN (SELECT contract_id FROM contract_party WHERE party_id = ?)", .text(party.rawValue))
        }
        return try listing.page(matching: nil, request, in: database, row: contract)
    }

    private func contract(_ row: SQLiteRow) throws -> Contract {
        let row = TableRow(row, table: "contract")
        let id: ContractID = try row.value("id")
        let state = try ContractState.replay(try events(of: id).map(\.event))
        let representatives = try database.query(
            "SELECT party_id, member_id FROM contract_representative WHERE contract_id = ?", [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "contract_representative", id: id.rawValue)
            return (try row.value("party_id") as PartyID, try row.value("member_id") as MemberID)
        }
        let byParty = Dictionary(representatives, uniquingKeysWith: { first, _ in first })
        let signedSeqs = try database.query(
            "SELECT party_id, signed_seq FROM contract_party WHERE contract_id = ? AND signed_seq IS NOT NULL",
            [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "contract_party", id: id.rawValue)
            return (try row.value("party_id") as PartyID, try row.value("signed_seq") as Int)
        }
        let seqByParty = Dictionary(signedSeqs, uniquingKeysWith: { first, _ in first })
        return Contract(id: id, projectID: try row.optional("project_id"), legalText: try row.value("legal_text"),
                        termsSHA256: try row.value("terms_sha256"), representatives: byParty, state: state,
                        proposeSeq: try row.value("propose_seq"), createdAt: try row.value("created_at"), signedSeqs: seqByParty)
    }

    /// The accounts of the members who sign the contract: each party that is a member, and
    /// the member acting for each party that is not.
    func accountsToSign(_ id: ContractID) throws -> [AccountID] {
        try database.query("""
            SELECT DISTINCT m.account_id AS account_id FROM contract_party cp
            LEFT JOIN contract_representative r ON r.contract_id = cp.contract_id AND r.party_id = cp.party_id
            JOIN member m ON m.id = COALESCE(r.member_id, cp.party_id)
            WHERE cp.contract_id = ? AND cp.signed_seq IS NULL AND m.account_id IS NOT NULL ORDER BY m.account_id
            """, [.text(id.rawValue)]) { try TableRow($0, table: "member", idColumn: "account_id").value("account_id") }
    }
}
