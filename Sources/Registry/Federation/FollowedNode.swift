import Ledger

/// Another town's node this node follows: where it is served, the key its checkpoints
/// are signed with, how much of its log is mirrored and verified, the checkpoint that
/// verification reached (with the cosignatures of witnesses this node trusts), and why
/// the last round failed, if it did.
public struct FollowedNode: Hashable, Sendable {
    /// The node's log origin, which names it.
    public let origin: String
    /// The node's address (`https://node.town.example`); its log is under `/log/`.
    public let url: String
    public let verifierKey: String
    /// Entries of its log mirrored and verified.
    public let size: Int
    /// The signed checkpoint of that size, as the node served it.
    public let checkpoint: String?
    /// The witnesses, among those this node trusts, whose cosignatures of it verified.
    public let cosignedBy: [String]
    public let verifiedAt: LedgerTime?
    /// The last round's failure (`MirrorFailure.code` and its description), when it failed.
    public let failureCode: String?
    public let failureDetail: String?
    public let failedAt: LedgerTime?
    let rightEdge: [SHA256Digest]
    let lastEntryHash: SHA256Digest?

    /// The prefix its tiles are served under.
    public var logURL: String { url + "/log" }

    /// The mirror to extend from where verification reached.
    public func mirror() throws -> LogMirror {
        LogMirror(frontier: try MerkleFrontier(size: size, rightEdge: rightEdge), lastEntryHash: lastEntryHash)
    }
}
