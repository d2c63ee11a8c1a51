import Testing
@testable import Ledger

@Suite struct MerkleTreeTests {
    /// The eight leaves of the RFC 6962 reference test data and the roots of every prefix,
    /// as published there and recomputed independently (Python hashlib) for this test.
    static let classicLeaves = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]
    static let classicRoots = [
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]

    @Test func rootsOfTheClassicEightLeavesMatchTheRFC6962ReferenceValues() throws {
        var nodes = InMemoryMerkleNodes()
        for (size, leaf) in Self.classicLeaves.enumerated().map({ ($0 + 1, $1) }) {
            nodes.append(leaf: try Hex.decode(leaf))
            #expect(nodes.root().hex == Self.classicRoots[size - 1], "frontier root of size \(size)")
            #expect(try MerkleTree.root(size: size, source: nodes).hex == Self.classicRoots[size - 1], "stored root of size \(size)")
        }
    }

    @Test func emptyTreeRootNeedsNoLookups() throws {
        let source = MerkleLookupCounter(InMemoryMerkleNodes(), treeSize: 0)
        #expect(try MerkleTree.root(size: 0, source: source) == MerkleHash.emptyRoot)
        #expect(source.lookups == 0)
    }

    @Test func rootOfEveryPrefixEqualsNaiveMTHUsingOneLookupPerSetBitOfTheSize() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for size in MerkleTestTree.sizes {
            let source = tree.source(size: size)
            #expect(try MerkleTree.root(size: size, source: source) == tree.referenceRoot(size: size), "size \(size), seed \(random.seed)")
            #expect(source.lookups == size.nonzeroBitCount, "size \(size)")
        }
    }

    @Test func rangeHashOfAnyRangeEqualsNaiveMTHOfThoseLeaves() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for _ in 0..<300 {
            let start = Int.random(in: 0...MerkleTestTree.maxSize, using: &random)
            let end = Int.random(in: start...min(start + 70, MerkleTestTree.maxSize), using: &random)
            let hash = try MerkleTree.rangeHash(from: start, to: end, source: tree.source(size: MerkleTestTree.maxSize))
            #expect(hash == MerkleReference.mth(tree.leafHashes[start..<end]), "range [\(start), \(end)), seed \(random.seed)")
        }
    }

    @Test func rangeHashOfASubtreeShapedRangeNeedsLogarithmicLookups() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for level in 0...10 {
            let width = 1 << level
            for start in stride(from: 0, to: MerkleTestTree.maxSize, by: width) {
                let end = min(start + Int.random(in: 1...width, using: &random), MerkleTestTree.maxSize)
                let source = tree.source(size: MerkleTestTree.maxSize)
                let hash = try MerkleTree.rangeHash(from: start, to: end, source: source)
                #expect(hash == MerkleReference.mth(tree.leafHashes[start..<end]), "range [\(start), \(end)), seed \(random.seed)")
                #expect(source.lookups <= level + 1, "range [\(start), \(end))")
            }
        }
    }

    @Test func argumentsOutOfRangeThrowErrorsNamingTheNumbers() throws {
        let nodes = InMemoryMerkleNodes()
        #expect(throws: MerkleError.negativeTreeSize(-1)) { try MerkleTree.root(size: -1, source: nodes) }
        #expect(throws: MerkleError.invalidLeafRange(start: 5, end: 3)) { try MerkleTree.rangeHash(from: 5, to: 3, source: nodes) }
        #expect(throws: MerkleError.invalidLeafRange(start: -1, end: 3)) { try MerkleTree.rangeHash(from: -1, to: 3, source: nodes) }
        #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: 7, treeSize: 5)) {
            try MerkleTree.inclusionProof(leafIndex: 7, treeSize: 5, source: nodes)
        }
        #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: 0, treeSize: 0)) {
            try MerkleTree.inclusionProof(leafIndex: 0, treeSize: 0, source: nodes)
        }
        #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: -1, treeSize: 5)) {
            try MerkleTree.inclusionProof(leafIndex: -1, treeSize: 5, source: nodes)
        }
        #expect(throws: MerkleError.negativeTreeSize(-5)) { try MerkleTree.inclusionProof(leafIndex: 0, treeSize: -5, source: nodes) }
        #expect(throws: MerkleError.oldSizeExceedsNewSize(oldSize: 9, newSize: 4)) {
            try MerkleTree.consistencyProof(from: 9, to: 4, source: nodes)
        }
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 4)) { try MerkleTree.consistencyProof(from: 0, to: 4, source: nodes) }
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 0)) { try MerkleTree.consistencyProof(from: 0, to: 0, source: nodes) }
        #expect(throws: MerkleError.negativeTreeSize(-2)) { try MerkleTree.consistencyProof(from: -2, to: 4, source: nodes) }

        #expect(MerkleError.leafIndexOutOfRange(leafIndex: 7, treeSize: 5).description == "leaf 7 is not in a tree of size 5")
        #expect(MerkleError.oldSizeExceedsNewSize(oldSize: 9, newSize: 4).description == "old size 9 is larger than new size 4")
    }

    @Test func storeFailuresReachTheCaller() {
        var nodes = InMemoryMerkleNodes()
        for leaf in 0..<10 {
            nodes.append(leaf: [UInt8(leaf)])
        }
        // The store holds 10 leaves; asking about 12 must surface its error, not invent hashes.
        #expect(throws: MerkleError.self) { try MerkleTree.root(size: 12, source: nodes) }
        #expect(throws: MerkleError.self) { try MerkleTree.inclusionProof(leafIndex: 3, treeSize: 12, source: nodes) }
        #expect(throws: MerkleError.self) { try MerkleTree.consistencyProof(from: 3, to: 12, source: nodes) }
    }

    /// Each lookup is a SQLite query in the real store, so proof cost is counted in lookups:
    /// at most 2·⌈log2 n⌉ + 2, here for trees around a million leaves.
    @Test(arguments: [1_000_000, 1 << 20, (1 << 20) - 1, (1 << 20) + 1, 999_999_999])
    func proofsForLargeTreesNeedLogarithmicLookups(size: Int) throws {
        var random = MerkleTestRandom.make()
        let budget = MerkleTestTree.lookupBudget(size: size)
        var leaves = [0, 1, size / 2, size - 2, size - 1] + (0..<500).map { _ in Int.random(in: 0..<size, using: &random) }
        leaves += (0..<30).map { 1 << $0 }.filter { $0 < size }
        for leaf in leaves {
            let source = MerkleLookupCounter(MerkleSyntheticNodes(), treeSize: size)
            let proof = try MerkleTree.inclusionProof(leafIndex: leaf, treeSize: size, source: source)
            #expect(source.lookups <= budget, "inclusion of leaf \(leaf) in \(size): \(source.lookups) lookups, seed \(random.seed)")
            #expect(proof.hashes.count <= (budget - 2) / 2, "path longer than the tree is deep")
        }
        var oldSizes = [1, 2, 3, size / 2, size - 1, size] + (0..<500).map { _ in Int.random(in: 1...size, using: &random) }
        oldSizes += (0..<30).map { 1 << $0 }.filter { $0 < size }
        for oldSize in oldSizes {
            let source = MerkleLookupCounter(MerkleSyntheticNodes(), treeSize: size)
            _ = try MerkleTree.consistencyProof(from: oldSize, to: size, source: source)
            #expect(source.lookups <= budget, "consistency \(oldSize) → \(size): \(source.lookups) lookups, seed \(random.seed)")
        }
    }
}
