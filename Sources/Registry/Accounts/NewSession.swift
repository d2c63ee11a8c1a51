import Ledger

/// What a successful login returns: the session token, to be set once in a cookie and
/// never shown again (the node keeps only its hash), and the CSRF token that forms
/// posted in this session must carry.
public struct NewSession: Sendable, CustomStringConvertible {
    public let account: Account
    public let sessionID: SessionID
    public let sessionToken: String
    public let csrfToken: String
    /// When the session ends however active it is.
    public let expiresAt: LedgerTime

    /// Leaves the secrets out, so that logging the value cannot leak them.
    public var description: String { "NewSession(\(sessionID), account: \(account.id), expires: \(expiresAt))" }
}
