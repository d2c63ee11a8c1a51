import Ledger

/// The SQL for IP acts waiting for their holders' consent.
struct IPConsentStore {
    let database: SQLiteConnection

    private static let columns = "id, act, asset_id, statement, title, description, kind, content_sha256, proposed_by, created_at"

    func insert(_ request: IPConsentRequest, deposit: IPDeposit?) throws {
        _ = try database.run(
            "INSERT INTO ip_consent_request (\(Self.columns)) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [.text(request.id.rawValue), .text(request.act.rawValue), .text(request.assetID.rawValue),
             .text(String(decoding: try JSONValue.object(request.statement).canonicalBytes(), as: UTF8.self)),
             .text(request.title), deposit?.description.map { .text($0) } ?? .null,
             deposit.map { .text($0.kind.rawValue) } ?? .null, deposit.map { .text($0.contentSHA256.hex) } ?? .null,
             request.proposedBy.map { .text($0.rawValue) } ?? .null, .text(request.createdAt.rfc3339)])
        for (position, signer) in request.signers.enumerated() {
            _ = try database.run("INSERT INTO ip_consent_signer (request_id, position, member_id) VALUES (?, ?, ?)",
                                 [.text(request.id.rawValue), .int(position), .text(signer.memberID.rawValue)])
        }
    }

    func sign(_ request: IPConsentRequestID, by member: MemberID, with signature: PartySignature, at time: LedgerTime) throws {
        _ = try database.run(
            "UPDATE ip_consent_signer SET key_id = ?, signature = ?, signed_at = ? WHERE request_id = ? AND member_id = ?",
            [.text(signature.keyID.hex), .text(signature.signature.hex), .text(time.rfc3339), .text(request.rawValue),
             .text(member.rawValue)])
    }

    func delete(_ request: IPConsentRequestID) throws {
        _ = try database.run("DELETE FROM ip_consent_signer WHERE request_id = ?", [.text(request.rawValue)])
        _ = try database.run("DELETE FROM ip_consent_request WHERE id = ?", [.text(request.rawValue)])
    }

    func request(id: IPConsentRequestID) throws -> IPConsentRequest? {
        try request(where: "id", is: id.rawValue)
    }

    func request(assetID: IPAssetID) throws -> IPConsentRequest? {
        try request(where: "asset_id", is: assetID.rawValue)
    }

    func request(contentSHA256: SHA256Digest) throws -> IPConsentRequest? {
        try request(where: "content_sha256", is: contentSHA256.hex)
    }

    /// The request whose unique `column` holds `value`.
    private func request(where column: StaticString, is value: String) throws -> IPConsentRequest? {
        try database.queryFirst("SELECT \(Self.columns) FROM ip_consent_request WHERE \(column) = ?", [.text(value)], row)
            .map(withSigners)
    }

    /// The deposit an act to deposit was asked with.
    func deposit(of id: IPConsentRequestID) throws -> IPDeposit? {
        try database.queryFirst(
            "SELECT kind, title, description, content_sha256 FROM ip_consent_request WHERE id = ? AND act = 'deposit'",
            [.text(id.rawValue)]) { row in
            let row = TableRow(row, table: "ip_consent_request", id: id.rawValue)
            return IPDeposit(kind: try row.value("kind"), title: try row.value("title"), description: try row.optional("description"),
                             contentSHA256: try row.value("content_sha256"), holders: [])
        }
    }

    /// The acts a member is asked to sign or has asked for, oldest first.
    func requests(concerning member: MemberID) throws -> [IPConsentRequest] {
        try database.query(
            """
            SELECT \(Self.columns) FROM ip_consent_request
            WHERE proposed_by = ?1 OR id IN (SELECT request_id FROM ip_consent_signer WHERE member_id = ?1)
            ORDER BY created_at, id
            """, [.text(member.rawValue)], row).map(withSigners)
    }

    func all() throws -> [IPConsentRequest] {
        try database.query("SELECT \(Self.columns) FROM ip_consent_request ORDER BY created_at, id", [], row).map(withSigners)
    }

    private struct Row {
        let id: IPConsentRequestID
        let act: IPConsentRequest.Act
        let assetID: IPAssetID
        let statement: JSONObject
        let title: String
        let proposedBy: MemberID?
        let createdAt: LedgerTime
    }

    private func row(_ row: SQLiteRow) throws -> Row {
        let row = TableRow(row, table: "ip_consent_request")
        guard let statement = (try row.value("statement") as JSONValue).objectValue else { throw row.corrupted("statement") }
        return Row(id: try row.value("id"), act: try row.value("act"), assetID: try row.value("asset_id"), statement: statement,
                   title: try row.value("title"), proposedBy: try row.optional("proposed_by"), createdAt: try row.value("created_at"))
    }

    private func withSigners(_ row: Row) throws -> IPConsentRequest {
        let signers = try database.query(
            "SELECT member_id, key_id, signature FROM ip_consent_signer WHERE request_id = ? ORDER BY position",
            [.text(row.id.rawValue)]) { signer in
            let signer = TableRow(signer, table: "ip_consent_signer", id: row.id.rawValue)
            let keyID: KeyID? = try signer.optional("key_id")
            let signature = try keyID.map { PartySignature(keyID: $0, signature: try signer.value("signature")) }
            return IPConsentRequest.Signer(memberID: try signer.value("member_id"), signature: signature)
        }
        return IPConsentRequest(id: row.id, act: row.act, assetID: row.assetID, title: row.title,
                                holders: IPAssets.holdings(row.statement["holders"]),
                                previousHolders: row.statement["previous_holders"].map(IPAssets.holdings),
                                signers: signers, proposedBy: row.proposedBy, createdAt: row.createdAt, statement: row.statement)
    }
}
