/// Why a Merkle computation or proof check failed, carrying the sizes, indices and hashes
/// a caller needs to see which argument or which part of a proof was wrong.
public enum MerkleError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A tree size below zero was given.
    case negativeTreeSize(Int)
    /// A leaf range whose start is negative or past its end.
    case invalidLeafRange(start: Int, end: Int)
    /// The leaf does not exist in a tree of that size (this includes every leaf of an empty tree).
    case leafIndexOutOfRange(leafIndex: Int, treeSize: Int)
    /// A consistency proof was asked for or checked with the trees the wrong way round.
    case oldSizeExceedsNewSize(oldSize: Int, newSize: Int)
    /// Every tree extends the empty tree, so a proof of it would vouch for nothing.
    case consistencyFromEmptyTree(newSize: Int)
    /// The node store has no hash for that complete subtree.
    case nodeNotStored(level: Int, index: Int)
    /// The proof has more or fewer hashes than the RFC 9162 path for its sizes requires.
    case wrongProofLength(expected: Int, actual: Int)
    /// The proof leads to a different (new) tree root than the one it was checked against.
    case rootMismatch(expected: SHA256Digest, computed: SHA256Digest)
    /// The consistency proof leads to a different old root than the one it was checked against.
    case oldRootMismatch(expected: SHA256Digest, computed: SHA256Digest)
    /// Two trees of the same size can only be consistent if their roots are identical.
    case rootsDifferAtEqualSize(size: Int, oldRoot: SHA256Digest, newRoot: SHA256Digest)

    public var description: String {
        switch self {
        case let .negativeTreeSize(size):
            return "tree size \(size) is negative"
        case let .invalidLeafRange(start, end):
            return "leaf range [\(start), \(end)) is invalid: start must be at least 0 and at most end"
        case let .leafIndexOutOfRange(leafIndex, treeSize):
            return "leaf \(leafIndex) is not in a tree of size \(treeSize)"
        case let .oldSizeExceedsNewSize(oldSize, newSize):
            return "old size \(oldSize) is larger than new size \(newSize)"
        case let .consistencyFromEmptyTree(newSize):
            return "old size 0: every tree (here of size \(newSize)) extends the empty tree, so there is nothing to prove"
        case let .nodeNotStored(level, index):
            return "no complete subtree hash is stored at level \(level), index \(index)"
        case let .wrongProofLength(expected, actual):
            return "proof has \(actual) \(actual == 1 ? "hash" : "hashes") but \(expected) \(expected == 1 ? "is" : "are") needed"
        case let .rootMismatch(expected, computed):
            return "proof leads to root \(computed.hex), expected \(expected.hex)"
        case let .oldRootMismatch(expected, computed):
            return "proof leads to old root \(computed.hex), expected \(expected.hex)"
        case let .rootsDifferAtEqualSize(size, oldRoot, newRoot):
            return "both trees have size \(size) but roots \(oldRoot.hex) and \(newRoot.hex) differ"
        }
    }
}
