/// One judge's current mark for one team on one criterion: the input of a leaderboard.
public struct ChallengeMark: Hashable, Sendable {
    public let judge: MemberID
    public let team: ChallengeTeamID
    public let criterionID: String
    public let value: Int

    public init(judge: MemberID, team: ChallengeTeamID, criterionID: String, value: Int) {
        self.judge = judge
        self.team = team
        self.criterionID = criterionID
        self.value = value
    }
}
