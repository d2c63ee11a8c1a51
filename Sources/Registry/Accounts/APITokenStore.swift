import Ledger

/// The SQL for API tokens. Secrets are looked up by their SHA-256 only.
struct APITokenStore {
    let database: SQLiteConnection

    private static let columns = "id, account_id, name, created_at, last_used_at, revoked_at"

    func insert(_ token: APIToken, secretHash: [UInt8]) throws {
        try database.run(
            "INSERT INTO account_api_token (id, account_id, name, secret_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            [.text(token.id.rawValue), .text(token.accountID.rawValue), .text(token.name), .blob(secretHash),
             .text(token.createdAt.rfc3339)])
    }

    func tokens(of account: AccountID) throws -> [APIToken] {
        try database.query(
            "SELECT \(Self.columns) FROM account_api_token WHERE account_id = ? ORDER BY created_at, id",
            [.text(account.rawValue)], Self.token)
    }

    func token(secretHash: [UInt8]) throws -> APIToken? {
        try database.queryFirst("SELECT \(Self.columns) FROM account_api_token WHERE secret_hash = ?", [.blob(secretHash)], Self.token)
    }

    func token(id: APITokenID) throws -> APIToken? {
        try database.queryFirst("SELECT \(Self.columns) FROM account_api_token WHERE id = ?", [.text(id.rawValue)], Self.token)
    }

    func token(id: APITokenID, of account: AccountID) throws -> APIToken? {
        try database.queryFirst(
            "SELECT \(Self.columns) FROM account_api_token WHERE id = ? AND account_id = ?",
            [.text(id.rawValue), .text(account.rawValue)], Self.token)
    }

    func revoke(_ id: APITokenID, at time: LedgerTime) throws {
        try database.run(
            "UPDATE account_api_token SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", [.text(time.rfc3339), .text(id.rawValue)])
    }

    func markUsed(_ id: APITokenID, at time: LedgerTime) throws {
        try database.run("UPDATE account_api_token SET last_used_at = ? WHERE id = ?", [.text(time.rfc3339), .text(id.rawValue)])
    }

    private static func token(_ row: SQLiteRow) throws -> APIToken {
        let row = TableRow(row, table: "account_api_token")
        return APIToken(id: try row.value("id"), accountID: try row.value("account_id"), name: try row.value("name"),
                        createdAt: try row.value("created_at"), lastUsedAt: try row.optional("last_used_at"),
                        revokedAt: try row.optional("revoked_at"))
    }
}
