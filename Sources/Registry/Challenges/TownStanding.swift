/// A town's place on the town leaderboard: the mean total of its marked teams.
public struct TownStanding: Hashable, Sendable {
    public let rank: Int
    public let cityID: CityID
    public let score: Double
    public let teams: Int
}
