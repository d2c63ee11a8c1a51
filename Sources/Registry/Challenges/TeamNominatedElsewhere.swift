/// Where a team of a town of another node was nominated: that node's log origin, the
/// `challenge.nomination` entry of its log (sequence number and SHA-256) that this node
/// verified in its mirror before taking the team, and the id that node gave the team (this
/// node gives it one of its own, so that no node can choose a team's id here).
public struct TeamNominatedElsewhere: Hashable, Sendable {
    public let origin: String
    public let seq: Int
    public let entrySHA256: String
    public let teamID: String
}
