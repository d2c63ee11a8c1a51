/// Why this node, as a witness, does not cosign a checkpoint (C2SP tlog-witness); each
/// case is one answer the protocol defines.
public enum WitnessRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// The request is not an old size line, proof lines, an empty line and a checkpoint.
    case malformed(reason: String)
    /// The witness follows no log of this origin.
    case unknownOrigin(String)
    /// No signature verifies against the key the witness trusts for the origin.
    case notSignedByTheLog(origin: String)
    /// The old size is larger than the checkpoint's.
    case oldSizeBeyondCheckpoint(old: Int, size: Int)
    /// The old size is not the size of the latest checkpoint the witness cosigned.
    case oldSizeIsNotTheLatest(latest: Int)
    /// Two checkpoints of one size with different roots: recorded as evidence.
    case fork(origin: String, size: Int)
    /// The consistency proof does not lead from the cosigned tree to this one: recorded as evidence.
    case inconsistent(origin: String, from: Int, to: Int)

    public var description: String {
        switch self {
        case let .malformed(reason): "The request is not a tlog-witness add-checkpoint body: \(reason)."
        case let .unknownOrigin(origin): "This witness follows no log named \(origin)."
        case let .notSignedByTheLog(origin): "No signature on the checkpoint verifies with the key trusted for \(origin)."
        case let .oldSizeBeyondCheckpoint(old, size): "The old size \(old) is larger than the checkpoint's size \(size)."
        case let .oldSizeIsNotTheLatest(latest): "The latest checkpoint this witness cosigned has size \(latest)."
        case let .fork(origin, size): "\(origin) showed two different trees of size \(size); the witness keeps both as evidence."
        case let .inconsistent(origin, from, to):
            "The proof does not show that the tree of \(to) entries of \(origin) extends the cosigned tree of \(from)."
        }
    }
}
