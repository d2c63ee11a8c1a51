import Ledger

/// People's logins to the node: accounts and their roles, password login with
/// throttling, browser sessions with CSRF tokens, and API tokens.
///
/// This is what the server calls to authenticate a request; it knows nothing of HTTP.
/// Passwords are hashed with scrypt at `configuration.passwordHashing`, off Swift's
/// cooperative pool; session tokens, CSRF tokens and API secrets are 256 random bits
/// kept only as SHA-256. Registry rows are written through the ledger's writer, read
/// through the registry's read connection.
///
/// Create one per node (`DataFolder.openNode` does): login throttling counts in
/// memory, per instance.
public struct Accounts: Sendable {
    public let configuration: AccountsConfiguration
    let database: RegistryDatabase
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let bearerCache: BearerTokenCache
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, configuration: AccountsConfiguration = .standard,
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.configuration = configuration
        self.database = database
        self.clock = clock
        hasher = PasswordHasher(parameters: configuration.passwordHashing,
                                concurrent: configuration.concurrentHashes, queued: configuration.queuedHashes)
        bearerCache = BearerTokenCache(lifetime: configuration.bearerCacheLifetime)
        throttle = LoginThrottle(accountLimit: configuration.accountFailureLimit,
                                 addressLimit: configuration.addressFailureLimit, window: configuration.failureWindow)
    }

    /// Creates an account after checking every field: the email's shape and that no
    /// other account uses it (`AccountsError.emailTaken`), the password's length, the
    /// display name (empty means none).
    public func createAccount(email: String, password: String, displayName: String? = nil,
                              roles: Set<Role> = []) async throws -> Account {
        try await create(email: email, password: password, displayName: displayName, roles: roles, consent: nil)
    }

    /// A person signs up: an account with no roles, and its consent to the processing of
    /// personal data (`consentVersion` must name the current text) recorded in the same
    /// transaction, with the text's hash and the time.
    public func signUp(email: String, password: String, displayName: String?, consentVersion: String?) async throws -> Account {
        guard consentVersion == PersonalDataConsent.current.version else {
            throw RegistryValidationError(field: "consent", rule: .consentRequired)
        }
        return try await create(email: email, password: password, displayName: displayName, roles: [],
                                consent: PersonalDataConsent.current)
    }

    private func create(email: String, password: String, displayName: String?, roles: Set<Role>,
                        consent: PersonalDataConsent?) async throws -> Account {
        let address = try EmailAddress(email)
        try PasswordPolicy.check(password)
        let name = try Self.checkDisplayName(displayName)
        guard try await !database.read({ try AccountStore(database: $0).emailExists(address) }) else {
            throw AccountsError.emailTaken
        }
        let hash = try await hasher.hash(password)
        let account = Account(id: try .generate(), email: address, displayName: name, roles: roles, createdAt: clock())
        return try await database.write { transaction in
            let store = AccountStore(database: transaction.database)
            guard try !store.emailExists(address) else { throw AccountsError.emailTaken }
            try store.insert(account, passwordHash: hash)
            if let consent {
                try Self.askToConfirmEmail(of: account.id, at: account.createdAt, in: transaction.database)
                _ = try transaction.database.run(
                    "INSERT INTO account_consent (account_id, version, text_sha256, given_at) VALUES (?, ?, ?, ?)",
                    [.text(account.id.rawValue), .text(consent.version), .blob(consent.textSHA256.bytes),
                     .text(account.createdAt.rfc3339)])
            }
            return account
        }
    }

    /// The consents the account gave, oldest first.
    public func consents(of id: AccountID) async throws -> [ConsentRecord] {
        try await database.read { connection in
            try connection.query("SELECT version, text_sha256, given_at FROM account_consent WHERE account_id = ? ORDER BY given_at",
                                 [.text(id.rawValue)]) { row in
                let row = TableRow(row, table: "account_consent", id: id.rawValue)
                return ConsentRecord(version: try row.value("version"), textSHA256: try SHA256Digest(bytes: try row.value("text_sha256")),
                                     givenAt: try row.value("given_at"))
            }
        }
    }

    public func account(id: AccountID) async throws -> Account? {
        try await database.read { try AccountStore(database: $0).account(id: id) }
    }

    /// The newest accounts first, at most `limit`: the administrators' list.
    public func newest(limit: Int) async throws -> [Account] {
        try await database.read { try AccountStore(database: $0).newest(limit: limit) }
    }

    /// Adds `role` to the account (nothing changes if it already holds it).
    @discardableResult
    public func grant(role: Role, to id: AccountID) async throws -> Account {
        defer { bearerCache.forgetAll() }
        return try await database.write { transaction in
            let store = AccountStore(database: transaction.database)
            _ = try store.requireAccount(id: id)
            try store.insert(role, for: id)
            return try store.requireAccount(id: id)
        }
    }

    /// Removes `role` from the account; refuses to remove the last admin's `admin`, which
    /// would leave nobody able to manage accounts.
    @discardableResult
    public func revoke(role: Role, from id: AccountID) async throws -> Account {
        defer { bearerCache.forgetAll() }
        return try await database.write { transaction in
            let store = AccountStore(database: transaction.database)
            let account = try store.requireAccount(id: id)
            if role == .admin, account.holds(.admin), try store.holders(of: .admin) == 1 {
                throw AccountsError.lastAdmin(id)
            }
            try store.delete(role, from: id)
            return try store.requireAccount(id: id)
        }
    }

    /// Replaces the account's password and ends all its sessions, so that whoever knew
    /// the old one is logged out everywhere.
    public func setPassword(_ password: String, for id: AccountID) async throws {
        try PasswordPolicy.check(password)
        let hash = try await hasher.hash(password)
        try await database.write { transaction in
            let store = AccountStore(database: transaction.database)
            _ = try store.requireAccount(id: id)
            try store.setPasswordHash(hash, for: id)
            try SessionStore(database: transaction.database).deleteAll(of: id)
        }
    }

    /// Trimmed; nil or blank means no display name.
    private static func checkDisplayName(_ name: String?) throws(AccountsError) -> String? {
        guard let trimmed = name?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        if let problem = trimmed.labelProblem(maximumCharacters: 100) { throw .invalidDisplayName(reason: problem) }
        return trimmed
    }
}
