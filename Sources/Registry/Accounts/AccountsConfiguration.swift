import Ledger

/// The knobs of `Accounts`: password hashing cost, session lifetimes and login
/// throttling. `standard` is what a node runs with; tests may lower the scrypt cost to
/// run many logins quickly.
public struct AccountsConfiguration: Sendable {
    /// The cost of new password hashes. Existing hashes keep their own until the next
    /// successful login, which re-hashes them at this cost.
    public var passwordHashing: ScryptParameters = .owaspMinimum
    /// How many password hashes may run at once, and how many more may wait.
    public var concurrentHashes = 2
    public var queuedHashes = 64

    /// A session ends this long after login, however active it is.
    public var sessionLifetime: Duration = .seconds(7 * 24 * 3600)
    /// A session ends after this long without use.
    public var sessionIdleTimeout: Duration = .seconds(12 * 3600)
    /// The last use of a session or API token is recorded at most this often, so that
    /// each request does not cost a database write.
    public var lastUseResolution: Duration = .seconds(60)

    /// How long a bearer secret's account is remembered without a database read; changes
    /// made through this node's `Accounts` take effect at once regardless.
    public var bearerCacheLifetime: Duration = .seconds(5)
    /// Failed logins allowed per email from one address (then refused there), and past
    /// which an email's attempts from anywhere wait longer each time, within `failureWindow`.
    public var accountFailureLimit = 5
    /// Failed logins allowed per client address across emails, within `failureWindow`.
    public var addressFailureLimit = 20
    public var failureWindow: Duration = .seconds(15 * 60)

    public init() {}

    public static let standard = AccountsConfiguration()
}
