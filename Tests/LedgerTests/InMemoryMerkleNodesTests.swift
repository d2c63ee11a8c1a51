import Testing
@testable import Ledger

@Suite struct InMemoryMerkleNodesTests {
    @Test func storesEveryCompleteSubtreeAndNothingElse() throws {
        var nodes = InMemoryMerkleNodes()
        for size in 1...300 {
            nodes.append(leaf: [UInt8(size & 0xff), UInt8(size >> 8)])
            #expect(nodes.size == size)
            #expect(nodes.storedNodeCount == 2 * size - size.nonzeroBitCount)
        }
        for level in 0...8 {
            let complete = 300 >> level
            for index in 0..<complete {
                let hash = try nodes.hash(level: level, index: index)
                let expected = try MerkleTree.rangeHash(from: index << level, to: (index + 1) << level, source: nodes)
                #expect(hash == expected)
            }
            #expect(throws: MerkleError.nodeNotStored(level: level, index: complete)) {
                try nodes.hash(level: level, index: complete)
            }
        }
    }

    @Test func absentNodesThrowNodeNotStored() {
        var nodes = InMemoryMerkleNodes()
        #expect(throws: MerkleError.nodeNotStored(level: 0, index: 0)) { try nodes.hash(level: 0, index: 0) }
        nodes.append(leaf: [])
        nodes.append(leaf: [1])
        for (level, index) in [(0, 2), (0, -1), (-1, 0), (2, 0), (1, 1), (Int.max, Int.max), (0, Int.max), (0, Int.min)] {
            #expect(throws: MerkleError.nodeNotStored(level: level, index: index)) { try nodes.hash(level: level, index: index) }
        }
        #expect(MerkleError.nodeNotStored(level: 3, index: 12).description == "no complete subtree hash is stored at level 3, index 12")
    }

    @Test func appendingLeafBytesReturnsTheLeafHash() {
        var nodes = InMemoryMerkleNodes()
        #expect(nodes.append(leaf: [0x00]) == MerkleHash.leaf([0x00]))
        #expect(nodes.root() == MerkleHash.leaf([0x00]))
    }
}
