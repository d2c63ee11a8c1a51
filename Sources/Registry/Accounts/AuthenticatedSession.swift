import Ledger

/// A live session found from its token: who is logged in, and the CSRF token to embed
/// in forms and to check posts against (`Accounts.checkCSRF(session:token:)`).
public struct AuthenticatedSession: Sendable, CustomStringConvertible {
    public let account: Account
    public let sessionID: SessionID
    public let csrfToken: String
    /// When the session ends however active it is.
    public let expiresAt: LedgerTime
    /// When it ends if not used again before.
    public let idleExpiresAt: LedgerTime

    /// Leaves the CSRF token out, so that logging the value cannot leak it.
    public var description: String { "AuthenticatedSession(\(sessionID), account: \(account.id))" }
}
