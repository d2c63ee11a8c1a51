import Registry

/// Answers "who holds this token?" from the Registry's accounts, for the
/// authentication middleware.
public struct AccountsAuthenticator: Authenticator {
    let accounts: Accounts

    public init(accounts: Accounts) {
        self.accounts = accounts
    }

    public func actor(sessionToken: String) async throws -> Actor? {
        guard let session = try await accounts.session(forToken: sessionToken) else { return nil }
        return Actor(accountID: session.account.id.rawValue, roles: session.account.roles,
                     credential: .session(csrfToken: session.csrfToken))
    }

    public func actor(bearerToken: String) async throws -> Actor? {
        guard let account = try await accounts.account(forBearerToken: bearerToken) else { return nil }
        return Actor(accountID: account.id.rawValue, roles: account.roles, credential: .bearerToken)
    }
}
