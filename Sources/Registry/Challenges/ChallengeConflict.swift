/// Why an act of a Challenge (judging, freezing, tie decisions) is refused in the state
/// the Challenge is in.
public enum ChallengeConflict: Refusal, Equatable {
    case noRules
    case alreadyFrozen
    case onlyChairDecidesTies
    case tooFewJudgesWithoutConflict(ChallengeTeamID, available: Int, needed: Int)
    case judgeNotAssigned(MemberID, team: ChallengeTeamID)
    case conflictOfInterest([ConflictOfInterest])
    case judgingClosed
    case alreadyJudge(MemberID)
    /// Another team nominated for the Challenge has the name.
    case teamNameTaken(String)

    public var code: String {
        switch self {
        case .noRules: "challenge-has-no-rules"
        case .alreadyFrozen: "board-already-frozen"
        case .onlyChairDecidesTies: "only-chair-decides-ties"
        case .tooFewJudgesWithoutConflict: "too-few-judges-without-conflict"
        case .judgeNotAssigned: "judge-not-assigned"
        case .conflictOfInterest: "conflict-of-interest"
        case .judgingClosed: "judging-closed"
        case .alreadyJudge: "already-a-judge"
        case .teamNameTaken: "team-name-taken"
        }
    }

    public var english: String {
        switch self {
        case .noRules: "The challenge has no rules yet: set its criteria first."
        case .alreadyFrozen: "The public board is frozen already."
        case .onlyChairDecidesTies: "Only the committee's chair decides ties."
        case let .tooFewJudgesWithoutConflict(team, available, needed):
            "Team \(team) can have only \(available) judges without a conflict of interest; \(needed) are needed. Add judges from other towns."
        case let .judgeNotAssigned(judge, team): "Member \(judge) is not assigned to mark team \(team)."
        case let .conflictOfInterest(conflicts): "Conflict of interest: \(conflicts.map(\.explanation).joined(separator: "; "))."
        case .judgingClosed: "Judging is closed: only marks already given can be corrected until the results are sealed."
        case let .alreadyJudge(member): "Member \(member) is already a judge of this challenge."
        case let .teamNameTaken(name): "A team named «\(name)» is already nominated for this challenge."
        }
    }
}
