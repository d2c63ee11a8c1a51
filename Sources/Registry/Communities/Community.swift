import Ledger

/// A community of the town (городское сообщество) that the Union works with when it maps
/// a territory and gathers teams: its members are members of the Union, named by id.
public struct Community: Hashable, Sendable {
    public let id: CommunityID
    public let kind: CommunityKind
    public let name: String
    /// The town the community belongs to, if it belongs to one.
    public let cityID: CityID?
    /// In id order.
    public let memberIDs: [MemberID]
    public let createdAt: LedgerTime
}
