/// One place on a project's team: a member of the Union, by id only, and its role.
public struct TeamMember: Hashable, Sendable {
    public let memberID: MemberID
    public let role: TeamRole

    public init(memberID: MemberID, role: TeamRole) {
        self.memberID = memberID
        self.role = role
    }
}
