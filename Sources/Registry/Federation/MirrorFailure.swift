/// Why a round of following another town's node did not move its mirror forward. Each
/// case carries what the Union's page and the administrator need to act on it; a fork and
/// an inconsistent log are also kept as evidence beside what witnesses refused.
public enum MirrorFailure: Error, Equatable, Sendable, CustomStringConvertible {
    /// The node did not answer, or answered something other than the log's files.
    case unreachable(reason: String)
    /// The checkpoint is not a signed note of a checkpoint of the origin followed.
    case notACheckpoint(reason: String)
    /// No signature on the checkpoint verifies with the node's key.
    case notSignedByTheNode(origin: String)
    /// The checkpoint is smaller than the tree already mirrored (a stale copy, or a log
    /// that lost entries); nothing is taken from it.
    case smallerThanMirrored(mirrored: Int, claimed: Int)
    /// A checkpoint of the mirrored size with another root: two histories signed by one key.
    case fork(size: Int)
    /// The entries served do not lead from the mirrored tree to the checkpoint's root.
    case inconsistent(from: Int, to: Int)
    /// An entry bundle that is not the log's entries in order: cut short, not canonical,
    /// out of sequence, or not chained to the entry before it.
    case malformedBundle(tile: Int, reason: String)

    /// The word stored and shown for the failure.
    public var code: String {
        switch self {
        case .unreachable: "unreachable"
        case .notACheckpoint: "not_a_checkpoint"
        case .notSignedByTheNode: "not_signed"
        case .smallerThanMirrored: "smaller_than_mirrored"
        case .fork: "fork"
        case .inconsistent: "inconsistent"
        case .malformedBundle: "malformed_bundle"
        }
    }

    /// Whether the failure proves the log misbehaved, so the claim is kept as evidence.
    public var isEvidence: Bool {
        switch self {
        case .fork, .inconsistent: true
        default: false
        }
    }

    public var description: String {
        switch self {
        case let .unreachable(reason): "The node could not be read: \(reason)."
        case let .notACheckpoint(reason): "The node's checkpoint could not be read: \(reason)."
        case let .notSignedByTheNode(origin): "No signature on the checkpoint verifies with the key followed for \(origin)."
        case let .smallerThanMirrored(mirrored, claimed): "The checkpoint holds \(claimed) entries; \(mirrored) are mirrored already."
        case let .fork(size): "The node signed another tree of \(size) entries than the one mirrored."
        case let .inconsistent(from, to): "The entries served do not lead from the mirrored \(from) entries to the checkpoint of \(to)."
        case let .malformedBundle(tile, reason): "Entry bundle \(tile) is not the log's entries: \(reason)."
        }
    }
}
