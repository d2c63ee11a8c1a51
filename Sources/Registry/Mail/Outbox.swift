import Ledger

/// The mail the node owes people. An act that causes a mail writes it here in its own
/// transaction (`Outbox.enqueue`), so the mail exists exactly when the act does; the
/// server's sender delivers what is due and records how it went, retrying a failure
/// later and later, so a mail server that is down never blocks nor fails the act.
public struct Outbox: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Writes a mail to `account` inside the caller's write transaction, unless the account
    /// declined mail of this kind. A mail the member may decline carries a one-click
    /// unsubscribe link (parameter `unsubscribe`), whose token is kept only as its hash.
    static func enqueue(_ kind: MailKind, to account: AccountID, parameters: [String: String] = [:], at time: LedgerTime,
                        in database: SQLiteConnection) throws {
        let store = OutboxStore(database: database)
        var parameters = parameters
        var unsubscribe: [UInt8]?
        if MailKind.optional.contains(kind) {
            guard try !store.declined(kind, by: account) else { return }
            let token = try SecretToken.generate(prefix: unsubscribePrefix)
            parameters["unsubscribe"] = token
            unsubscribe = SecretToken.digest(token)
        }
        try store.insert(id: try .generate(), account: account, kind: kind, parameters: parameters, unsubscribe: unsubscribe, at: time)
    }

    static let unsubscribePrefix = "glc_unsub_"

    /// Declines, for the account a mail went to, every later mail of that mail's kind: the
    /// one-click unsubscribe of RFC 8058. Returns the kind declined.
    public func unsubscribe(token: String) async throws -> MailKind {
        guard SecretToken.isWellFormed(token, prefix: Self.unsubscribePrefix) else { throw AccountsError.unsubscribeLinkInvalid }
        let now = clock()
        return try await database.write { transaction in
            let store = OutboxStore(database: transaction.database)
            guard let (account, kind) = try store.mail(unsubscribe: SecretToken.digest(token)) else {
                throw AccountsError.unsubscribeLinkInvalid
            }
            try store.decline(kind, by: account, at: now)
            return kind
        }
    }

    /// The kinds of mail the account declined and the language it reads.
    public func preferences(of account: AccountID) async throws -> MailPreferences {
        try await database.read { try OutboxStore(database: $0).preferences(of: account) }
    }

    /// Sets the kinds of mail the account declines (each must be one a member may decline)
    /// and, if given, the language it reads.
    public func setPreferences(declined kinds: Set<MailKind>, language: MailLanguage?, of account: AccountID) async throws -> MailPreferences {
        let now = clock()
        return try await database.write { transaction in
            let store = OutboxStore(database: transaction.database)
            _ = try AccountStore(database: transaction.database).requireAccount(id: account)
            try store.setDeclined(kinds, by: account, at: now)
            if let language {
                try transaction.database.run("UPDATE account SET mail_language = ? WHERE id = ?", [.text(language.rawValue), .text(account.rawValue)])
            }
            return try store.preferences(of: account)
        }
    }

    /// The unsent mail whose next attempt is due, oldest first, at most `limit`.
    public func due(limit: Int = 50) async throws -> [OutgoingMail] {
        let now = clock()
        return try await database.read { try OutboxStore(database: $0).due(at: now, limit: limit) }
    }

    /// Records that the mail was handed to the mail server (or written to the mail folder)
    /// and forgets its parameters, which may hold a link's secret.
    public func markSent(_ id: MailID) async throws {
        let now = clock()
        try await database.write { try OutboxStore(database: $0.database).markSent(id, at: now) }
    }

    /// Records a failed attempt and when to try again: a minute after the first failure,
    /// doubling each time, at most six hours apart.
    public func markFailed(_ id: MailID, reason: String) async throws {
        let now = clock()
        try await database.write { transaction in
            let store = OutboxStore(database: transaction.database)
            let attempts = try store.attempts(of: id) + 1
            let delay = min(60 << min(attempts - 1, 20), 6 * 3_600)
            try store.markFailed(id, attempts: attempts, reason: String(reason.prefix(500)),
                                 retryAt: now.adding(.seconds(delay)))
        }
    }

    /// The latest mail, newest first, at most `limit`: the administrators' view of what the node sent.
    public func recent(limit: Int = 100) async throws -> [OutgoingMail] {
        try await database.read { try OutboxStore(database: $0).recent(limit: limit) }
    }
}
