import Ledger

extension Accounts {
    /// How long a password reset link works.
    public static let passwordResetLifetime: Duration = .seconds(3_600)
    /// However often it is asked, an address gets at most one reset mail in this time.
    static let passwordResetInterval: Duration = .seconds(60)
    static let passwordResetPrefix = "glc_reset_"

    /// Mails the account with this address a link that sets a new password. Answers the
    /// same whether or not an account has the address, so asking tells nobody who has an
    /// account; an address that was sent a link in the last minute is not sent another.
    /// The link's token is kept only as its hash here, and in the outbox until the mail is sent.
    public func askToResetPassword(email: String) async throws {
        let address = try EmailAddress(email)
        let now = clock()
        let token = try SecretToken.generate(prefix: Self.passwordResetPrefix)
        try await database.write { transaction in
            let database = transaction.database
            guard let account = try database.queryFirst("SELECT id FROM account WHERE email = ?", [.text(address.rawValue)], {
                try TableRow($0, table: "account", idColumn: "id").value("id") as AccountID
            }) else { return }
            let recent = try database.queryFirst(
                "SELECT 1 FROM password_reset WHERE account_id = ? AND asked_at > ?",
                [.text(account.rawValue), .text(now.adding(.zero - Self.passwordResetInterval).rfc3339)]) { _ in true } ?? false
            guard !recent else { return }
            try database.run("INSERT INTO password_reset (token_sha256, account_id, asked_at, expires_at) VALUES (?, ?, ?, ?)",
                             [.blob(SecretToken.digest(token)), .text(account.rawValue), .text(now.rfc3339),
                              .text(now.adding(Self.passwordResetLifetime).rfc3339)])
            try Outbox.enqueue(.passwordReset, to: account, parameters: ["token": token], at: now, in: database)
        }
    }

    /// Sets the password of the account the reset link was mailed to, and ends every
    /// session of the account (someone who knew the old password is signed out) and every
    /// other link to reset it. Refused with `AccountsError.resetLinkInvalid` when the token
    /// is unknown, used or expired, and as `signUp` refuses a password that breaks the policy.
    public func resetPassword(token: String, newPassword: String) async throws -> Account {
        guard SecretToken.isWellFormed(token, prefix: Self.passwordResetPrefix) else { throw AccountsError.resetLinkInvalid }
        try PasswordPolicy.check(newPassword)
        let digest = SecretToken.digest(token)
        let now = clock()
        guard try await database.read({ try Self.resetAccount(digest, at: now, in: $0) }) != nil else {
            throw AccountsError.resetLinkInvalid
        }
        let hash = try await hasher.hash(newPassword)
        return try await database.write { transaction in
            let database = transaction.database
            guard let account = try Self.resetAccount(digest, at: now, in: database) else { throw AccountsError.resetLinkInvalid }
            try AccountStore(database: database).setPasswordHash(hash, for: account)
            try SessionStore(database: database).deleteAll(of: account)
            try database.run("DELETE FROM password_reset WHERE account_id = ?", [.text(account.rawValue)])
            return try AccountStore(database: database).requireAccount(id: account)
        }
    }

    /// The account a live reset link's token hash opens, if any.
    private static func resetAccount(_ digest: [UInt8], at now: LedgerTime, in database: SQLiteConnection) throws -> AccountID? {
        let found = try database.queryFirst("SELECT account_id, expires_at FROM password_reset WHERE token_sha256 = ?", [.blob(digest)]) {
            let row = TableRow($0, table: "password_reset", idColumn: "account_id")
            return (account: try row.value("account_id") as AccountID, expiresAt: try row.value("expires_at") as LedgerTime)
        }
        guard let found, now < found.expiresAt else { return nil }
        return found.account
    }
}
