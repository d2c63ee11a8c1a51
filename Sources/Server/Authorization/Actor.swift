import Registry

/// The authenticated caller of a request: an account and its roles, and how it proved
/// itself (a session cookie needs a CSRF token on unsafe methods; a bearer token does not).
public struct Actor: Sendable, Equatable {
    public enum Credential: Sendable, Equatable {
        case session(csrfToken: String)
        case bearerToken
    }

    public let accountID: String
    public let roles: Set<Role>
    public let credential: Credential

    public init(accountID: String, roles: Set<Role>, credential: Credential) {
        self.accountID = accountID
        self.roles = roles
        self.credential = credential
    }
}
