@testable import Ledger

/// A random 2,000-leaf ledger tree shared by the Merkle property tests: every smaller size
/// is a prefix of it, so one store serves every size once lookups are bounded to the prefix.
struct MerkleTestTree {
    static let maxSize = 2_000
    /// All of 1…64, where every shape of small tree appears, then a spread around powers of two.
    static let sizes = Array(1...64) + [
        65, 100, 127, 128, 129, 200, 255, 256, 257, 300, 511, 512, 513, 777, 1_000, 1_023, 1_024, 1_025, 1_500, 1_999, 2_000,
    ]

    let leaves: [[UInt8]]
    /// Leaf hashes computed by the reference, independently of `MerkleHash`.
    let leafHashes: [SHA256Digest]
    let nodes: InMemoryMerkleNodes
    /// The root of every prefix, indexed by size, from the frontier as the tree grew. The
    /// frontier tests hold these to the naive MTH; here they save recomputing it per proof.
    let roots: [SHA256Digest]

    init(using random: inout MerkleTestRandom) {
        // The index prefix keeps leaves distinct, so no two positions share a hash.
        leaves = (0..<Self.maxSize).map { index in
            withUnsafeBytes(of: UInt32(index).bigEndian) { Array($0) } + random.bytes(count: Int.random(in: 0...40, using: &random))
        }
        leafHashes = leaves.map(MerkleReference.leafHash)
        var nodes = InMemoryMerkleNodes()
        var roots = [nodes.root()]
        for leaf in leaves {
            nodes.append(leaf: leaf)
            roots.append(nodes.root())
        }
        self.nodes = nodes
        self.roots = roots
    }

    /// The store seen as a tree of `size` leaves, counting lookups.
    func source(size: Int) -> MerkleLookupCounter<InMemoryMerkleNodes> {
        MerkleLookupCounter(nodes, treeSize: size)
    }

    func referenceRoot(size: Int) -> SHA256Digest {
        MerkleReference.mth(leafHashes[..<size])
    }

    /// The lookup budget for one proof: 2·⌈log2 n⌉ + 2.
    static func lookupBudget(size: Int) -> Int {
        let depth = size <= 1 ? 0 : Int.bitWidth - (size - 1).leadingZeroBitCount
        return 2 * depth + 2
    }
}
