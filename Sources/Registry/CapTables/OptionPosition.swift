/// One option grant as its grantee sees it on a given day.
public struct OptionPosition: Hashable, Sendable {
    public let grant: CapTableEventID
    public let shareClass: ShareClassID
    public let granted: ShareCount
    public let vested: ShareCount
    public let exercised: ShareCount
    public let cancelled: ShareCount
    public let isExpired: Bool
    public let isUnionOption: Bool
}
