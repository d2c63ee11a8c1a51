@testable import Ledger

/// Stands in for a store of any size without building it: every in-range node gets a
/// distinct made-up hash. Only for counting lookups; its nodes do not hash together.
struct MerkleSyntheticNodes: MerkleNodeSource {
    func hash(level: Int, index: Int) throws -> SHA256Digest {
        SHA256.hash(withUnsafeBytes(of: (level, index)) { Array($0) })
    }
}
