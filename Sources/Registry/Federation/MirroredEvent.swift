/// An event another node announced, as mirrored here: its kind from that node's log, its
/// title as the node publishes it, and, once sealed, the SHA-256 its seal entry holds and
/// whether the results table the node publishes hashes to it.
public struct MirroredEvent: Hashable, Sendable {
    /// Where its announcement (`event.create`) stands.
    public let provenance: Provenance
    public let eventID: String
    public let kind: EventKind
    public let title: String?
    /// The `event.seal` entry, once sealed.
    public let sealedSeq: Int?
    public let resultsSHA256: String?
    /// Nil until the results the node publishes have been read.
    public let resultsCheck: ResultsCheck?

    /// What reading a sealed event's published results table showed.
    public enum ResultsCheck: String, Hashable, Sendable {
        /// Its SHA-256 is the one the seal entry holds.
        case match
        /// It hashes to something else: the node publishes other results than it sealed.
        case mismatch
    }
}
