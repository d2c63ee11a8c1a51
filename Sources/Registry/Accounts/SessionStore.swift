import Ledger

/// The SQL for login sessions. Tokens are looked up by their SHA-256 only.
struct SessionStore {
    let database: SQLiteConnection

    /// A stored session with its account.
    struct Row: Sendable {
        let id: SessionID
        let accountID: AccountID
        let csrfToken: String
        let lastSeenAt: LedgerTime
        let expiresAt: LedgerTime
    }

    func insert(id: SessionID, account: AccountID, tokenHash: [UInt8], csrfToken: String,
                createdAt: LedgerTime, expiresAt: LedgerTime) throws {
        try database.run(
            """
            INSERT INTO account_session (id, account_id, token_hash, csrf_token, created_at, last_seen_at, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [.text(id.rawValue), .text(account.rawValue), .blob(tokenHash), .text(csrfToken),
             .text(createdAt.rfc3339), .text(createdAt.rfc3339), .text(expiresAt.rfc3339)])
    }

    func session(tokenHash: [UInt8]) throws -> Row? {
        try database.queryFirst(
            "SELECT id, account_id, csrf_token, last_seen_at, expires_at FROM account_session WHERE token_hash = ?",
            [.blob(tokenHash)]
        ) { row in
            let row = TableRow(row, table: "account_session")
            return Row(id: try row.value("id"), accountID: try row.value("account_id"), csrfToken: try row.value("csrf_token"),
                       lastSeenAt: try row.value("last_seen_at"), expiresAt: try row.value("expires_at"))
        }
    }

    func touch(_ id: SessionID, at time: LedgerTime) throws {
        try database.run("UPDATE account_session SET last_seen_at = ? WHERE id = ?", [.text(time.rfc3339), .text(id.rawValue)])
    }

    func delete(_ id: SessionID) throws {
        try database.run("DELETE FROM account_session WHERE id = ?", [.text(id.rawValue)])
    }

    @discardableResult
    func delete(tokenHash: [UInt8]) throws -> Int {
        try database.run("DELETE FROM account_session WHERE token_hash = ?", [.blob(tokenHash)])
    }

    func deleteAll(of account: AccountID) throws {
        try database.run("DELETE FROM account_session WHERE account_id = ?", [.text(account.rawValue)])
    }

    /// Removes the account's sessions that ended before `time`, absolutely or by idling.
    func deleteExpired(of account: AccountID, at time: LedgerTime, idleSince: LedgerTime) throws {
        try database.run(
            "DELETE FROM account_session WHERE account_id = ? AND (expires_at <= ? OR last_seen_at <= ?)",
            [.text(account.rawValue), .text(time.rfc3339), .text(idleSince.rfc3339)])
    }
}
