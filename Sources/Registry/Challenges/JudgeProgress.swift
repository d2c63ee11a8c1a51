/// How far a judge has got: teams assigned, teams marked on every criterion, and the
/// rest, so a judge sees what is left before judging closes.
public struct JudgeProgress: Hashable, Sendable {
    public let judge: MemberID
    public let assigned: [ChallengeTeamID]
    public let complete: [ChallengeTeamID]

    public var left: [ChallengeTeamID] { assigned.filter { !complete.contains($0) } }
}
