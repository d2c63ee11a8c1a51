/// One holder of an IP asset and its part: a member, named by id only.
public struct IPHolding: Hashable, Sendable {
    public let memberID: MemberID
    public let units: ShareUnits

    public init(memberID: MemberID, units: ShareUnits) {
        self.memberID = memberID
        self.units = units
    }
}
