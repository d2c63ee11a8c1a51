/// Why a judge may not mark a team. Enforced, not advised: a conflicted judge is never
/// assigned to the team, and a mark is refused if a conflict arose after assignment.
public enum ConflictOfInterest: String, Hashable, Sendable, CaseIterable, Codable {
    /// The judge lives in the team's town.
    case ownTown = "own_town"
    /// The judge is on the team, or on its project's team.
    case ownTeam = "own_team"
    /// The judge mentors the team's project.
    case mentor
    /// The judge invested in the team's project.
    case investor

    public var explanation: String {
        switch self {
        case .ownTown: "the judge is from the team's own town"
        case .ownTeam: "the judge is a member of the team"
        case .mentor: "the judge mentors the team's project"
        case .investor: "the judge invested in the team's project"
        }
    }
}
