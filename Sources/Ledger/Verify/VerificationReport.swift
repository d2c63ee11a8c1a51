/// What a successful verification established.
public struct VerificationReport: Sendable, Equatable {
    /// Number of entries checked (seq 0 … entries-1).
    public let entries: Int
    /// RFC 9162 root over all of them.
    public let rootHash: SHA256Digest
    /// Sizes of the signed checkpoints whose roots matched the recomputed tree.
    public let checkpointSizes: [Int]
    /// Keys registered at the end, and how many of them are still active.
    public let registeredKeys: Int
    public let activeKeys: Int
}
