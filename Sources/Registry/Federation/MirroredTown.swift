/// A town another node registered, as mirrored here: its name as that node publishes
/// it, and where its registration stands in that node's log.
public struct MirroredTown: Hashable, Sendable {
    public let provenance: Provenance
    public let cityID: String
    /// Nil until the node's open data names it.
    public let name: String?
    public let region: String?
}
