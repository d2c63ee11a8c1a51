import Testing
@testable import Ledger

@Suite struct MerkleFrontierTests {
    @Test func frontierRootEqualsStoredRootEqualsNaiveMTHAtEverySize() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        let naiveSizes = Set(MerkleTestTree.sizes)
        var frontier = MerkleFrontier()
        #expect(frontier.root() == MerkleHash.emptyRoot)
        for size in 1...MerkleTestTree.maxSize {
            _ = frontier.append(leafHash: MerkleHash.leaf(tree.leaves[size - 1]))
            let root = frontier.root()
            #expect(try root == MerkleTree.root(size: size, source: tree.source(size: size)), "size \(size), seed \(random.seed)")
            #expect(root == tree.roots[size], "size \(size), seed \(random.seed)")
            if naiveSizes.contains(size) {
                #expect(root == tree.referenceRoot(size: size), "size \(size), seed \(random.seed)")
            }
        }
    }

    @Test func appendReturnsExactlyTheNodesTheLeafCompletes() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        var frontier = MerkleFrontier()
        var seen = Set<[Int]>()
        for size in 1...MerkleTestTree.maxSize {
            let finished = frontier.append(leafHash: tree.leafHashes[size - 1])
            let leaf = size - 1
            // Leaf i completes one node per trailing one bit of i, plus the leaf itself.
            #expect(finished.count == (~leaf).trailingZeroBitCount + 1, "size \(size)")
            for (position, node) in finished.enumerated() {
                #expect(node.level == position && node.index == leaf >> position, "size \(size)")
                let start = node.index << node.level
                let end = start + (1 << node.level)
                #expect(end == size, "a finished node ends at the new leaf")
                #expect(node.hash == MerkleReference.mth(tree.leafHashes[start..<end]), "node \(node.level)/\(node.index), seed \(random.seed)")
                #expect(seen.insert([node.level, node.index]).inserted, "node \(node.level)/\(node.index) finished twice")
            }
        }
        let size = MerkleTestTree.maxSize
        #expect(seen.count == 2 * size - size.nonzeroBitCount)
    }

    @Test func frontierRebuiltFromTheStoreEqualsTheAppendedOne() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        var appended = MerkleFrontier()
        #expect(try MerkleFrontier(size: 0, source: tree.source(size: 0)) == appended)
        for size in 1...MerkleTestTree.maxSize {
            _ = appended.append(leafHash: tree.leafHashes[size - 1])
            let source = tree.source(size: size)
            let rebuilt = try MerkleFrontier(size: size, source: source)
            #expect(rebuilt == appended, "size \(size), seed \(random.seed)")
            #expect(source.lookups == size.nonzeroBitCount, "size \(size)")
        }
    }

    @Test func rebuiltFrontierKeepsGrowingLikeTheOriginal() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        var resumed = try MerkleFrontier(size: 777, source: tree.nodes)
        for leaf in 777..<MerkleTestTree.maxSize {
            _ = resumed.append(leafHash: tree.leafHashes[leaf])
        }
        #expect(resumed.root() == tree.nodes.root(), "seed \(random.seed)")
    }

    @Test func nodesListTheRightEdgeLargestFirst() {
        var frontier = MerkleFrontier()
        for leaf in 0..<13 {
            _ = frontier.append(leafHash: MerkleHash.leaf([UInt8(leaf)]))
        }
        // 13 = 8 + 4 + 1: leaves [0, 8), [8, 12), [12, 13).
        #expect(frontier.size == 13)
        #expect(frontier.nodes.map { [$0.level, $0.index] } == [[3, 0], [2, 2], [0, 12]])
        #expect(frontier.nodes.last?.hash == MerkleHash.leaf([12]))
    }

    @Test func negativeSizeCannotBeRebuilt() {
        #expect(throws: MerkleError.negativeTreeSize(-1)) { try MerkleFrontier(size: -1, source: InMemoryMerkleNodes()) }
    }
}
