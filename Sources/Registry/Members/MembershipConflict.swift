/// Why an act is refused because of where a person's membership of the Union stands.
public enum MembershipConflict: Refusal, Equatable {
    /// Only admitted members act in the Union; `member` is `status`.
    case notAdmitted(MemberID, status: MembershipStatus)
    case accountHasMember
    case alreadyRegistered(MemberID)
    case cannotMove(from: MembershipStatus, to: MembershipStatus)
    case notAnApplication(status: MembershipStatus)
    case hasLeft(MemberID)

    public var code: String {
        switch self {
        case .notAdmitted: "member-not-admitted"
        case .accountHasMember: "account-has-member"
        case .alreadyRegistered: "member-already-registered"
        case .cannotMove: "membership-cannot-move"
        case .notAnApplication: "not-an-application"
        case .hasLeft: "member-has-left"
        }
    }

    public var english: String {
        switch self {
        case let .notAdmitted(member, status): "Member \(member) is \(status.rawValue), not admitted: only admitted members may do this."
        case .accountHasMember: "This account already belongs to a member."
        case let .alreadyRegistered(member): "A member with id \(member) is already registered."
        case let .cannotMove(from, to): "A member who is \(from.rawValue) cannot become \(to.rawValue)."
        case let .notAnApplication(status): "Only an application is refused; this member is \(status.rawValue)."
        case let .hasLeft(member): "Member \(member) has left the Union; its profiles can no longer change."
        }
    }
}
