import Ledger

extension Accounts {
    /// How long a confirmation link works.
    static let emailConfirmationLifetime: Duration = .seconds(72 * 3_600)

    /// Mails the account a link that confirms its address, in the caller's transaction:
    /// the link's token is kept only as its hash here, and in the outbox until the mail is sent.
    static func askToConfirmEmail(of account: AccountID, at time: LedgerTime, in database: SQLiteConnection) throws {
        let token = try SecretToken.generate(prefix: Self.confirmationPrefix)
        try database.run("INSERT INTO email_confirmation (token_sha256, account_id, expires_at) VALUES (?, ?, ?)",
                         [.blob(SecretToken.digest(token)), .text(account.rawValue),
                          .text(time.adding(emailConfirmationLifetime).rfc3339)])
        try Outbox.enqueue(.emailConfirmation, to: account, parameters: ["token": token], at: time, in: database)
    }

    static let confirmationPrefix = "glc_confirm_"

    /// Confirms the address of the account the link was mailed to. Refused with
    /// `AccountsError.confirmationLinkInvalid` when the token is unknown, used or expired.
    public func confirmEmail(token: String) async throws -> Account {
        guard SecretToken.isWellFormed(token, prefix: Self.confirmationPrefix) else { throw AccountsError.confirmationLinkInvalid }
        let now = clock()
        return try await database.write { transaction in
            let database = transaction.database
            let found = try database.queryFirst(
                "SELECT account_id, expires_at FROM email_confirmation WHERE token_sha256 = ?", [.blob(SecretToken.digest(token))]) {
                let row = TableRow($0, table: "email_confirmation", idColumn: "account_id")
                return (account: try row.value("account_id") as AccountID, expiresAt: try row.value("expires_at") as LedgerTime)
            }
            guard let found, now < found.expiresAt else { throw AccountsError.confirmationLinkInvalid }
            try database.run("UPDATE account SET email_confirmed_at = ? WHERE id = ?", [.text(now.rfc3339), .text(found.account.rawValue)])
            try database.run("DELETE FROM email_confirmation WHERE account_id = ?", [.text(found.account.rawValue)])
            return try AccountStore(database: database).requireAccount(id: found.account)
        }
    }
}

extension Accounts {
    /// Whether a confirmation link mailed to the account's address still waits to be followed.
    public func awaitsEmailConfirmation(_ id: AccountID) async throws -> Bool {
        try await database.read {
            try $0.queryFirst("SELECT 1 FROM email_confirmation WHERE account_id = ?", [.text(id.rawValue)]) { _ in true } ?? false
        }
    }
}
