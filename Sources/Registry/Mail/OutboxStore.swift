import Ledger

/// The SQL for the mail outbox.
struct OutboxStore {
    let database: SQLiteConnection

    private static let columns = """
        m.id, m.account_id, m.kind, m.parameters, m.created_at, m.attempts, m.next_attempt_at, m.sent_at, m.last_error,
        CASE WHEN a.email LIKE 'erased+%@erased.invalid' THEN NULL ELSE a.email END AS recipient, a.mail_language AS language
        """

    func insert(id: MailID, account: AccountID, kind: MailKind, parameters: [String: String], unsubscribe: [UInt8]?,
                at time: LedgerTime) throws {
        let encoded = try JSONValue.object(JSONObject(uniqueKeysWithValues: parameters.map { ($0.key, JSONValue.string($0.value)) })).canonicalBytes()
        try database.run(
            """
            INSERT INTO mail_outbox (id, account_id, kind, parameters, created_at, next_attempt_at, unsubscribe_sha256)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(id.rawValue), .text(account.rawValue), .text(kind.rawValue), .text(String(decoding: encoded, as: UTF8.self)),
             .text(time.rfc3339), .text(time.rfc3339), unsubscribe.map { .blob($0) } ?? .null])
    }

    func due(at time: LedgerTime, limit: Int) throws -> [OutgoingMail] {
        try database.query(
            """
            SELECT \(Self.columns) FROM mail_outbox m JOIN account a ON a.id = m.account_id
            WHERE m.sent_at IS NULL AND m.next_attempt_at <= ? ORDER BY m.next_attempt_at, m.id LIMIT ?
            """, [.text(time.rfc3339), .integer(Int64(limit))], mail)
    }

    func recent(limit: Int) throws -> [OutgoingMail] {
        try database.query(
            "SELECT \(Self.columns) FROM mail_outbox m JOIN account a ON a.id = m.account_id ORDER BY m.created_at DESC, m.id LIMIT ?",
            [.integer(Int64(limit))], mail)
    }

    func attempts(of id: MailID) throws -> Int {
        try database.queryFirst("SELECT attempts FROM mail_outbox WHERE id = ?", [.text(id.rawValue)]) {
            try TableRow($0, table: "mail_outbox", id: id.rawValue).value("attempts") as Int
        } ?? 0
    }

    func markSent(_ id: MailID, at time: LedgerTime) throws {
        try database.run("UPDATE mail_outbox SET sent_at = ?, parameters = '{}', last_error = NULL WHERE id = ?",
                         [.text(time.rfc3339), .text(id.rawValue)])
    }

    func markFailed(_ id: MailID, attempts: Int, reason: String, retryAt: LedgerTime) throws {
        try database.run("UPDATE mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                         [.integer(Int64(attempts)), .text(reason), .text(retryAt.rfc3339), .text(id.rawValue)])
    }

    /// The account and kind of the mail whose unsubscribe link has this hash.
    func mail(unsubscribe digest: [UInt8]) throws -> (AccountID, MailKind)? {
        try database.queryFirst("SELECT account_id, kind FROM mail_outbox WHERE unsubscribe_sha256 = ?", [.blob(digest)]) {
            let row = TableRow($0, table: "mail_outbox", idColumn: "account_id")
            return (try row.value("account_id"), try row.value("kind"))
        }
    }

    func declined(_ kind: MailKind, by account: AccountID) throws -> Bool {
        try database.queryFirst("SELECT 1 FROM mail_opt_out WHERE account_id = ? AND kind = ?",
                                [.text(account.rawValue), .text(kind.rawValue)]) { _ in true } ?? false
    }

    func preferences(of account: AccountID) throws -> MailPreferences {
        let language = try database.queryFirst("SELECT mail_language FROM account WHERE id = ?", [.text(account.rawValue)]) {
            try TableRow($0, table: "account", id: account.rawValue).value("mail_language") as MailLanguage
        }
        return MailPreferences(declined: try declined(by: account), language: language ?? .russian)
    }

    func declined(by account: AccountID) throws -> Set<MailKind> {
        Set(try database.query("SELECT kind FROM mail_opt_out WHERE account_id = ?", [.text(account.rawValue)]) {
            try TableRow($0, table: "mail_opt_out", id: account.rawValue).value("kind") as MailKind
        })
    }

    func decline(_ kind: MailKind, by account: AccountID, at time: LedgerTime) throws {
        try database.run("INSERT INTO mail_opt_out (account_id, kind, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                         [.text(account.rawValue), .text(kind.rawValue), .text(time.rfc3339)])
    }

    func setDeclined(_ kinds: Set<MailKind>, by account: AccountID, at time: LedgerTime) throws {
        if let kind = kinds.first(where: { !MailKind.optional.contains($0) }) { throw AccountsError.mailKindNotOptional(kind.rawValue) }
        try database.run("DELETE FROM mail_opt_out WHERE account_id = ?", [.text(account.rawValue)])
        for kind in kinds { try decline(kind, by: account, at: time) }
    }

    /// Forgets every mail to the account (its erasure).
    func removeAll(of account: AccountID) throws {
        try database.run("DELETE FROM mail_outbox WHERE account_id = ?", [.text(account.rawValue)])
        try database.run("DELETE FROM mail_opt_out WHERE account_id = ?", [.text(account.rawValue)])
    }

    private func mail(_ row: SQLiteRow) throws -> OutgoingMail {
        let row = TableRow(row, table: "mail_outbox")
        let parameters = try JSONValue.parse(try row.value("parameters") as String)
        guard case let .object(object) = parameters else { throw row.corrupted("parameters") }
        var decoded: [String: String] = [:]
        for (name, value) in object {
            guard case let .string(text) = value else { throw row.corrupted("parameters") }
            decoded[name] = text
        }
        return OutgoingMail(id: try row.value("id"), accountID: try row.value("account_id"), recipient: try row.optional("recipient"),
                            language: try row.optional("language") ?? .russian,
                            kind: try row.value("kind"), parameters: decoded, createdAt: try row.value("created_at"),
                            attempts: try row.value("attempts"), nextAttemptAt: try row.value("next_attempt_at"),
                            sentAt: try row.optional("sent_at"), lastError: try row.optional("last_error"))
    }
}
