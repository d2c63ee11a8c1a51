/// A team's place on the leaderboard and the figures that put it there.
public struct ChallengeStanding: Hashable, Sendable {
    /// Shared by teams the whole tie-break ladder could not separate.
    public let rank: Int
    public let team: ChallengeTeamID
    public let cityID: CityID
    /// The weighted mean of the criterion marks; nil while no judge has marked the team.
    public let total: Double?
    /// The mean normalised mark per criterion id.
    public let criterionMarks: [String: Double]
    public let judges: Int
    public let firstPlaces: Int
    /// How a tie on the total was settled: `heaviest_criterion`, `first_places`, `chair`,
    /// or `unresolved` while the chair has not decided; nil when there was no tie.
    public let tieBreak: String?
}
