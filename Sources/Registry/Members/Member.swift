import Ledger

/// A person or organisation in the Union's register. Name, email and phone are
/// personal data: they live in this row only and are removed by erasure, after which
/// the member is known by its id alone, as the ledger always knew it.
public struct Member: Hashable, Sendable {
    public let id: MemberID
    public let kind: MemberKind
    public let name: String?
    public let email: String?
    public let phone: String?
    public let cityID: CityID?
    public let roles: Set<MemberRole>
    public let status: MembershipStatus
    /// The login of this member, if it has one.
    public let accountID: AccountID?
    public let createdAt: LedgerTime
    public let erasedAt: LedgerTime?

    public var isErased: Bool { erasedAt != nil }
}
