import Ledger

extension Accounts {
    /// Every API secret starts with this, so leaked tokens are easy to spot and scan for.
    public static let apiTokenPrefix = "glc_"

    /// Creates an API token for the account; its secret is in the result and nowhere else.
    public func createAPIToken(account: AccountID, name: String) async throws -> NewAPIToken {
        let token = APIToken(id: try .generate(), accountID: account, name: try APIToken.checkName(name), createdAt: clock(),
                             lastUsedAt: nil, revokedAt: nil)
        let secret = try SecretToken.generate(prefix: Self.apiTokenPrefix)
        let digest = SecretToken.digest(secret)
        return try await database.write { transaction in
            _ = try AccountStore(database: transaction.database).requireAccount(id: account)
            try APITokenStore(database: transaction.database).insert(token, secretHash: digest)
            return NewAPIToken(secret: secret, token: token)
        }
    }

    /// The account's tokens, revoked ones included, oldest first, without secrets.
    public func apiTokens(of account: AccountID) async throws -> [APIToken] {
        try await database.read { try APITokenStore(database: $0).tokens(of: account) }
    }

    /// One token by id, whoever holds it (so the policy can weigh its owner), or nil.
    public func apiToken(id: APITokenID) async throws -> APIToken? {
        try await database.read { try APITokenStore(database: $0).token(id: id) }
    }

    /// Revokes one of the account's tokens (again is harmless); a token of another
    /// account is `unknownAPIToken`, as if it did not exist.
    public func revokeAPIToken(id: APITokenID, account: AccountID) async throws {
        defer { bearerCache.forgetAll() }
        let now = clock()
        try await database.write { transaction in
            let store = APITokenStore(database: transaction.database)
            guard try store.token(id: id, of: account) != nil else { throw AccountsError.unknownAPIToken(id) }
            try store.revoke(id, at: now)
        }
    }

    /// The account a bearer secret belongs to, or nil when it is unknown, malformed or
    /// revoked. Use is recorded at most once per `lastUseResolution`.
    public func account(forBearerToken secret: String) async throws -> Account? {
        guard SecretToken.isWellFormed(secret, prefix: Self.apiTokenPrefix) else { return nil }
        let digest = SecretToken.digest(secret)
        if let cached = bearerCache.account(forDigest: digest, now: clock()) { return cached }
        let found = try await database.read { connection -> (APIToken, Account)? in
            guard let token = try APITokenStore(database: connection).token(secretHash: digest), !token.isRevoked,
                  let account = try AccountStore(database: connection).account(id: token.accountID) else { return nil }
            return (token, account)
        }
        guard let (token, account) = found else { return nil }
        let now = clock()
        if token.lastUsedAt.map({ now.since($0) >= configuration.lastUseResolution }) ?? true {
            try await database.write { try APITokenStore(database: $0.database).markUsed(token.id, at: now) }
        }
        bearerCache.remember(account, forDigest: digest, now: now)
        return account
    }
}
