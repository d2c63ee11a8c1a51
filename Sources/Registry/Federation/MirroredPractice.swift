/// A proven practice another node's town reported, as mirrored here: its town from that
/// node's log, its title and summary as the node publishes them.
public struct MirroredPractice: Hashable, Sendable {
    public let provenance: Provenance
    public let practiceID: String
    public let cityID: String
    public let townName: String?
    /// Nil until the node's list of practices names it.
    public let title: String?
    public let summary: String?
}
