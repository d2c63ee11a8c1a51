/// Why a login was refused. `invalidCredentials` is deliberately the same value for an
/// unknown email and for a wrong password, so a caller cannot probe which addresses
/// have accounts.
public enum LoginError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidCredentials
    /// Too many recent failures for this account or from this address; no password
    /// was checked. Try again after `retryAfter`.
    case throttled(retryAfter: Duration)
    /// Too many password checks are already waiting; try again shortly.
    case overloaded

    /// Whole seconds to wait, rounded up, for a `Retry-After` header.
    public var retryAfterSeconds: Int? {
        switch self {
        case let .throttled(retryAfter):
            let (seconds, attoseconds) = retryAfter.components
            return max(1, Int(seconds) + (attoseconds > 0 ? 1 : 0))
        case .overloaded:
            return 1
        case .invalidCredentials:
            return nil
        }
    }

    public var description: String {
        switch self {
        case .invalidCredentials: return "the email or password is wrong"
        case .throttled: return "too many failed logins; try again in \(retryAfterSeconds ?? 1) s"
        case .overloaded: return "the server is busy checking passwords; try again in a moment"
        }
    }
}
