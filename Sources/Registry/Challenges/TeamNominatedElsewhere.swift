/// Where a team of a town of another node was nominated: that node's log origin, and the
/// `challenge.nomination` entry of its log (sequence number and SHA-256) that this node
/// verified in its mirror before taking the team.
public struct TeamNominatedElsewhere: Hashable, Sendable {
    public let origin: String
    public let seq: Int
    public let entrySHA256: String
}
