/// Why an act of a Game (registering, forming teams, the commission's votes) is refused.
public enum GameConflict: Refusal, Equatable {
    case alreadyApproved(ProjectID)
    case notOnCommission
    case noSettings(EventID)
    case alreadyRegistered(MemberID)
    case notRegistered(MemberID)
    case alreadyOnTeam(MemberID, team: ProjectID)
    case teamFull(ProjectID, limit: Int)
    case leadCannotLeave(MemberID, team: ProjectID)

    public var code: String {
        switch self {
        case .alreadyApproved: "idea-already-approved"
        case .notOnCommission: "not-on-commission"
        case .noSettings: "game-not-set-up"
        case .alreadyRegistered: "already-registered-for-game"
        case .notRegistered: "not-registered-for-game"
        case .alreadyOnTeam: "already-on-a-team"
        case .teamFull: "team-full"
        case .leadCannotLeave: "lead-cannot-leave"
        }
    }

    public var english: String {
        switch self {
        case let .alreadyApproved(project): "This account has already approved \(project); each commission member approves an idea once."
        case .notOnCommission: "Only the game's commission votes: accounts with the committee role or members named on its commission."
        case let .noSettings(event):
            "The game \(event) has no settings yet: Union staff set its directions, team size limit and selection rule first."
        case let .alreadyRegistered(member): "Member \(member) is already registered for this game."
        case let .notRegistered(member): "Member \(member) is not registered for this game; participants register while it is open."
        case let .alreadyOnTeam(member, team): "Member \(member) is already on the team of \(team); leave it first."
        case let .teamFull(team, limit): "The team of \(team) already has \(limit) members, the game's limit."
        case let .leadCannotLeave(member, team): "Member \(member) leads \(team); hand the lead to another team member before leaving."
        }
    }
}
