import Ledger

/// An API token as listed to its owner: everything but the secret, which the node does
/// not keep.
public struct APIToken: Hashable, Sendable {
    public let id: APITokenID
    public let accountID: AccountID
    /// The owner's label, e.g. "CI export job".
    public let name: String
    public let createdAt: LedgerTime
    /// Recorded at most once a minute (`AccountsConfiguration.lastUseResolution`).
    public let lastUsedAt: LedgerTime?
    public let revokedAt: LedgerTime?

    public var isRevoked: Bool { revokedAt != nil }

    /// Names are shown in lists: trimmed, 1…100 characters, no control characters.
    static func checkName(_ name: String) throws(AccountsError) -> String {
        let trimmed = name.trimmingWhitespace()
        if let problem = trimmed.labelProblem(maximumCharacters: 100) { throw .invalidTokenName(reason: problem) }
        return trimmed
    }
}
