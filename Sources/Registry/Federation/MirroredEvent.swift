/// An event another node announced, as mirrored here: its kind from that node's log, its
/// title as the node publishes it, and, once sealed, the SHA-256 its seal entry holds and
/// whether the results table the node publishes hashed to it.
public struct MirroredEvent: Hashable, Sendable {
    /// Where its announcement (`event.create`) stands.
    public let provenance: Provenance
    public let eventID: String
    public let kind: EventKind
    public let title: String?
    /// The `event.seal` entry, once sealed.
    public let sealedSeq: Int?
    public let resultsSHA256: String?
    public let resultsVerified: Bool
}
