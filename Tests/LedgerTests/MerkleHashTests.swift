import Testing
@testable import Ledger

@Suite struct MerkleHashTests {
    @Test func leafHashOfTheEmptyStringIsTheRFC6962KnownAnswer() {
        #expect(MerkleHash.leaf([]).hex == "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d")
    }

    @Test func emptyTreeRootIsSHA256OfTheEmptyString() {
        #expect(MerkleHash.emptyRoot.hex == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test(arguments: [0, 1, 31, 32, 33, 64, 1_000, 100_000])
    func leafHashIsSHA256OfZeroByteThenBytes(length: Int) {
        var random = MerkleTestRandom.make()
        let bytes = random.bytes(count: length)
        let expected = SHA256.hash([0x00] + bytes)
        #expect(MerkleHash.leaf(bytes) == expected, "seed \(random.seed)")
        let fromBuffer = bytes.withUnsafeBytes { MerkleHash.leaf($0) }
        #expect(fromBuffer == expected, "seed \(random.seed)")
    }

    @Test func nodeHashIsSHA256OfOneByteThenLeftThenRight() {
        var random = MerkleTestRandom.make()
        for _ in 0..<100 {
            let left = SHA256.hash(random.bytes(count: 8))
            let right = SHA256.hash(random.bytes(count: 8))
            #expect(MerkleHash.node(left, right) == SHA256.hash([0x01] + left.bytes + right.bytes), "seed \(random.seed)")
            #expect(MerkleHash.node(left, right) != MerkleHash.node(right, left), "seed \(random.seed)")
        }
    }

    @Test func leafAndNodeOverTheSameBytesDiffer() {
        let left = MerkleHash.leaf([1])
        let right = MerkleHash.leaf([2])
        #expect(MerkleHash.leaf(left.bytes + right.bytes) != MerkleHash.node(left, right))
    }
}
