import Ledger

/// A person's login to the node and the roles it holds. Personal data (email and
/// display name) lives only here, in erasable registry rows, never in the ledger.
public struct Account: Hashable, Sendable {
    public let id: AccountID
    public let email: EmailAddress
    public let displayName: String?
    public let roles: Set<Role>
    public let createdAt: LedgerTime
    /// When its holder followed the link mailed to the address; nil until then.
    public var emailConfirmedAt: LedgerTime? = nil

    public func holds(_ role: Role) -> Bool { roles.contains(role) }
}
