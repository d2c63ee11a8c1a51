import Ledger

/// A followed node's checkpoint whose signature verified with its key, with the names of
/// the trusted witnesses whose cosignatures of it verified too.
public struct VerifiedCheckpoint: Sendable {
    public let note: SignedNote
    public let checkpoint: Checkpoint
    public let cosignedBy: [String]
}
