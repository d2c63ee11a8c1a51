import Ledger

extension Accounts {
    /// Checks an email and password and opens a session.
    ///
    /// Fails with `LoginError.invalidCredentials` whether the email is unknown or the
    /// password wrong, after the same scrypt work either way. Refuses with
    /// `LoginError.throttled` — before any password is checked — once the email from this
    /// client `address`, or the address, has too many recent failures; an email with many
    /// failures from anywhere waits longer before each check instead (`LoginThrottle`). A
    /// success clears the email's failures and re-hashes a password stored at a lower cost
    /// than configured.
    ///
    /// `address` is the client's IP address as text (IPv6 is grouped by /64); the
    /// email may be given in any case and with surrounding spaces.
    public func login(email: String, password: String, address: String) async throws -> NewSession {
        let key = EmailAddress.normalise(email)
        let wait = try await throttle.begin(email: key, address: address, now: clock())
        if wait > .zero { try await Task.sleep(for: wait) }
        guard password.utf8.count <= PasswordPolicy.maximumBytes else {
            await throttle.failed(email: key, address: address, now: clock())
            throw LoginError.invalidCredentials
        }
        let credentials = try await database.read { try AccountStore(database: $0).credentials(email: key) }
        guard try await hasher.verify(password, against: credentials?.passwordHash), let credentials else {
            await throttle.failed(email: key, address: address, now: clock())
            throw LoginError.invalidCredentials
        }
        await throttle.succeeded(email: key, address: address)
        return try await openSession(for: credentials, password: password)
    }

    private func openSession(for credentials: AccountStore.Credentials, password: String) async throws -> NewSession {
        let stored = credentials.passwordHash
        let upgraded = stored.parameters.isAtLeast(configuration.passwordHashing) ? nil : try? await hasher.hash(password)
        let account = credentials.account
        let id = try SessionID.generate()
        let token = try SecretToken.generate()
        let csrfToken = try SecretToken.generate()
        let now = clock()
        let expiresAt = now.adding(configuration.sessionLifetime)
        let idleSince = now.adding(.zero - configuration.sessionIdleTimeout)
        try await database.write { transaction in
            let sessions = SessionStore(database: transaction.database)
            try sessions.deleteExpired(of: account.id, at: now, idleSince: idleSince)
            try sessions.insert(id: id, account: account.id, tokenHash: SecretToken.digest(token), csrfToken: csrfToken,
                                createdAt: now, expiresAt: expiresAt)
            if let upgraded { try AccountStore(database: transaction.database).setPasswordHash(upgraded, for: account.id) }
        }
        return NewSession(account: account, sessionID: id, sessionToken: token, csrfToken: csrfToken, expiresAt: expiresAt)
    }

    /// The live session a token opens, or nil when the token is unknown, malformed or
    /// its session has expired (absolutely, or by `sessionIdleTimeout` without use).
    /// Use is recorded at most once per `lastUseResolution`.
    public func session(forToken token: String) async throws -> AuthenticatedSession? {
        guard SecretToken.isWellFormed(token) else { return nil }
        let digest = SecretToken.digest(token)
        let found = try await database.read { connection -> (SessionStore.Row, Account)? in
            guard let row = try SessionStore(database: connection).session(tokenHash: digest),
                  let account = try AccountStore(database: connection).account(id: row.accountID) else { return nil }
            return (row, account)
        }
        guard let (row, account) = found else { return nil }
        let now = clock()
        guard now < row.expiresAt, now < row.lastSeenAt.adding(configuration.sessionIdleTimeout) else {
            try await database.write { try SessionStore(database: $0.database).delete(row.id) }
            return nil
        }
        var lastSeen = row.lastSeenAt
        if now.since(lastSeen) >= configuration.lastUseResolution {
            try await database.write(reach: .sessionUse) { try SessionStore(database: $0.database).touch(row.id, at: now) }
            lastSeen = now
        }
        return AuthenticatedSession(account: account, sessionID: row.id, csrfToken: row.csrfToken, expiresAt: row.expiresAt,
                                    idleExpiresAt: min(row.expiresAt, lastSeen.adding(configuration.sessionIdleTimeout)))
    }

    /// Ends the session the token opens; does nothing for an unknown token.
    public func logout(sessionToken token: String) async throws {
        guard SecretToken.isWellFormed(token) else { return }
        let digest = SecretToken.digest(token)
        try await database.write { try SessionStore(database: $0.database).delete(tokenHash: digest) }
    }

    /// True when a posted CSRF token is the session's, compared in constant time.
    public func checkCSRF(session: AuthenticatedSession, token: String) -> Bool {
        ConstantTime.equal(Array(session.csrfToken.utf8), Array(token.utf8))
    }
}
