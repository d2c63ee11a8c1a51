/// A project another node registered, as mirrored here: its town and stage as that node's
/// log records them, and its title as the node publishes it.
public struct MirroredProject: Hashable, Sendable {
    public let provenance: Provenance
    public let projectID: String
    public let cityID: String
    public let townName: String?
    public let stage: ProjectStage
    /// Nil until the node's open data names it.
    public let title: String?
}
