/// Who won an award category: the best team on its criterion, nil while nobody is marked.
public struct AwardWinner: Hashable, Sendable {
    public let award: AwardCategory
    public let team: ChallengeTeamID?
    public let mark: Double?
}
