@testable import Ledger

/// Wraps a node source to count lookups and to refuse any node that is not complete in a
/// tree of `treeSize`, so tests catch both expensive proofs and peeks past the tree's end.
final class MerkleLookupCounter<Source: MerkleNodeSource>: MerkleNodeSource {
    let source: Source
    let treeSize: Int
    private(set) var lookups = 0

    init(_ source: Source, treeSize: Int) {
        self.source = source
        self.treeSize = treeSize
    }

    func hash(level: Int, index: Int) throws -> SHA256Digest {
        lookups += 1
        guard level >= 0, level < Int.bitWidth - 1, index >= 0, index < treeSize >> level else {
            throw MerkleError.nodeNotStored(level: level, index: index)
        }
        return try source.hash(level: level, index: index)
    }
}
