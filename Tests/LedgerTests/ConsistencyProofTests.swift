import Foundation
import Testing
@testable import Ledger

@Suite struct ConsistencyProofTests {
    private struct Vector: Decodable {
        let size1: UInt64
        let size2: UInt64
        let root1: String
        let root2: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    @Test func everyTransparencyDevVectorGetsItsExpectedVerdict() throws {
        let files = try Fixture.files(under: "merkle/consistency")
        #expect(files.count == 98)
        for file in files {
            let vector = try JSONDecoder().decode(Vector.self, from: Data(Fixture.bytes(file)))
            guard let oldSize = Int(exactly: vector.size1), let newSize = Int(exactly: vector.size2) else {
                #expect(vector.wantErr, "\(file): unrepresentable size")
                continue
            }
            let proof = ConsistencyProof(
                oldSize: oldSize,
                newSize: newSize,
                hashes: try (vector.proof ?? []).map(MerkleVectorHash.digest)
            )
            let oldRoot = try MerkleVectorHash.digest(vector.root1)
            let newRoot = try MerkleVectorHash.digest(vector.root2)
            if vector.wantErr {
                #expect(throws: MerkleError.self, "\(file): \(vector.desc)") { try proof.verify(oldRoot: oldRoot, newRoot: newRoot) }
            } else {
                #expect(throws: Never.self, "\(file): \(vector.desc)") { try proof.verify(oldRoot: oldRoot, newRoot: newRoot) }
            }
        }
    }

    /// The vectors' odd-length values only reach the verifier through stand-ins; on their
    /// own they are refused as digests.
    @Test func vectorValuesThatAreNot32BytesAreNotDigests() throws {
        var oddValues = 0
        for file in try Fixture.files(under: "merkle") {
            guard let object = try JSONSerialization.jsonObject(with: Data(Fixture.bytes(file))) as? [String: Any] else {
                Issue.record("\(file) is not a JSON object")
                continue
            }
            let single = ["root", "leafHash", "root1", "root2"].compactMap { object[$0] as? String }
            for value in single + (object["proof"] as? [String] ?? []) {
                let bytes = try MerkleVectorHash.bytes(value)
                if bytes.count != SHA256Digest.byteCount {
                    oddValues += 1
                    #expect(throws: CryptoError.self, "\(file)") { try SHA256Digest(bytes: bytes) }
                }
            }
        }
        #expect(oddValues > 0)
    }

    @Test func everyPairOfSizesHasTheRFCProofAndVerifies() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for newSize in MerkleTestTree.sizes {
            let newRoot = tree.referenceRoot(size: newSize)
            for oldSize in Self.oldSizes(for: newSize, using: &random) {
                let source = tree.source(size: newSize)
                let proof = try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: source)
                let context = "\(oldSize) → \(newSize), seed \(random.seed)"
                #expect(source.lookups <= MerkleTestTree.lookupBudget(size: newSize), "\(context): \(source.lookups) lookups")
                if newSize <= 64 || oldSize % 7 == 0 {
                    #expect(proof.hashes == MerkleReference.proof(oldSize, tree.leafHashes[..<newSize]), "\(context)")
                }
                let oldRoot = tree.roots[oldSize]
                #expect(throws: Never.self, "\(context)") { try proof.verify(oldRoot: oldRoot, newRoot: newRoot) }
            }
        }
    }

    @Test func flippingAnyBitOfProofOrEitherRootFailsVerification() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for newSize in MerkleTestTree.sizes {
            let newRoot = tree.roots[newSize]
            for oldSize in Self.oldSizes(for: newSize, using: &random) {
                let oldRoot = tree.roots[oldSize]
                let proof = try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: tree.nodes)
                let context = "\(oldSize) → \(newSize), seed \(random.seed)"
                for position in proof.hashes.indices {
                    var hashes = proof.hashes
                    hashes[position] = random.flippingRandomBit(of: hashes[position])
                    let corrupted = ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
                    #expect(MerkleVerdict.rejects { try corrupted.verify(oldRoot: oldRoot, newRoot: newRoot) }, "\(context), hash \(position)")
                }
                let badOldRoot = random.flippingRandomBit(of: oldRoot)
                #expect(MerkleVerdict.rejects { try proof.verify(oldRoot: badOldRoot, newRoot: newRoot) }, "\(context), old root")
                let badNewRoot = random.flippingRandomBit(of: newRoot)
                #expect(MerkleVerdict.rejects { try proof.verify(oldRoot: oldRoot, newRoot: badNewRoot) }, "\(context), new root")
            }
        }
    }

    /// The random flips above touch one bit per hash; here every bit of a few proofs.
    @Test(arguments: [(37, 1_000), (512, 1_000), (1, 2_000), (999, 1_000), (6, 7), (4, 4)])
    func flippingEachSingleBitFailsVerification(oldSize: Int, newSize: Int) throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        let oldRoot = tree.roots[oldSize]
        let newRoot = tree.roots[newSize]
        let proof = try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: tree.nodes)
        for bit in 0..<(SHA256Digest.byteCount * 8) {
            for position in proof.hashes.indices {
                var hashes = proof.hashes
                hashes[position] = MerkleTestRandom.flipping(bit: bit, of: hashes[position])
                let corrupted = ConsistencyProof(oldSize: oldSize, newSize: newSize, hashes: hashes)
                #expect(MerkleVerdict.rejects { try corrupted.verify(oldRoot: oldRoot, newRoot: newRoot) }, "hash \(position) bit \(bit)")
            }
            let badOldRoot = MerkleTestRandom.flipping(bit: bit, of: oldRoot)
            #expect(MerkleVerdict.rejects { try proof.verify(oldRoot: badOldRoot, newRoot: newRoot) }, "old root bit \(bit)")
            let badNewRoot = MerkleTestRandom.flipping(bit: bit, of: newRoot)
            #expect(MerkleVerdict.rejects { try proof.verify(oldRoot: oldRoot, newRoot: badNewRoot) }, "new root bit \(bit)")
        }
    }

    /// A proof is bound to its sizes: claimed for other sizes it fails against those trees'
    /// roots, and against its own roots unless RFC 9162's walk for the other sizes is
    /// step-for-step the same (1 → 3 and 1 → 4, say), where the RFC recomputes the same roots.
    @Test func proofOnlyVerifiesForItsOwnSizes() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for newSize in MerkleTestTree.sizes {
            let newRoot = tree.roots[newSize]
            for oldSize in Self.oldSizes(for: newSize, using: &random) {
                let oldRoot = tree.roots[oldSize]
                let proof = try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: tree.nodes)
                let claims = [
                    (oldSize + 1, newSize), (oldSize - 1, newSize), (oldSize ^ 2, newSize), (oldSize * 2, newSize), (oldSize / 2, newSize),
                    (oldSize, newSize + 1), (oldSize, newSize - 1), (oldSize, newSize * 2), (oldSize, newSize / 2), (newSize, oldSize),
                ].filter { $0 != (oldSize, newSize) }
                for (claimedOld, claimedNew) in claims {
                    let context = "\(oldSize) → \(newSize) claimed as \(claimedOld) → \(claimedNew), seed \(random.seed)"
                    let forged = ConsistencyProof(oldSize: claimedOld, newSize: claimedNew, hashes: proof.hashes)
                    let range = 0...MerkleTestTree.maxSize
                    if range.contains(claimedOld), range.contains(claimedNew) {
                        let claimedOldRoot = tree.roots[claimedOld]
                        let claimedNewRoot = tree.roots[claimedNew]
                        #expect(MerkleVerdict.rejects { try forged.verify(oldRoot: claimedOldRoot, newRoot: claimedNewRoot) }, "\(context)")
                    }
                    let claimedWalk = Self.walk(oldSize: claimedOld, newSize: claimedNew)
                    if claimedWalk == nil || claimedWalk != Self.walk(oldSize: oldSize, newSize: newSize) {
                        #expect(MerkleVerdict.rejects { try forged.verify(oldRoot: oldRoot, newRoot: newRoot) }, "\(context)")
                    }
                }
            }
        }
    }

    @Test func equalSizesNeedAnEmptyProofAndEqualRoots() throws {
        let root = MerkleHash.leaf([7])
        let other = MerkleHash.leaf([8])
        try ConsistencyProof(oldSize: 5, newSize: 5, hashes: []).verify(oldRoot: root, newRoot: root)
        #expect(throws: MerkleError.rootsDifferAtEqualSize(size: 5, oldRoot: root, newRoot: other)) {
            try ConsistencyProof(oldSize: 5, newSize: 5, hashes: []).verify(oldRoot: root, newRoot: other)
        }
        #expect(throws: MerkleError.wrongProofLength(expected: 0, actual: 1)) {
            try ConsistencyProof(oldSize: 5, newSize: 5, hashes: [root]).verify(oldRoot: root, newRoot: root)
        }
    }

    @Test func emptyOldTreeAndShrinkingTreesAreRefused() {
        let root = MerkleHash.emptyRoot
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 0)) {
            try ConsistencyProof(oldSize: 0, newSize: 0, hashes: []).verify(oldRoot: root, newRoot: root)
        }
        #expect(throws: MerkleError.consistencyFromEmptyTree(newSize: 3)) {
            try ConsistencyProof(oldSize: 0, newSize: 3, hashes: []).verify(oldRoot: root, newRoot: root)
        }
        #expect(throws: MerkleError.oldSizeExceedsNewSize(oldSize: 9, newSize: 4)) {
            try ConsistencyProof(oldSize: 9, newSize: 4, hashes: []).verify(oldRoot: root, newRoot: root)
        }
        #expect(throws: MerkleError.negativeTreeSize(-1)) {
            try ConsistencyProof(oldSize: -1, newSize: 4, hashes: []).verify(oldRoot: root, newRoot: root)
        }
    }

    @Test func proofsOfTheWrongLengthReportTheLengthNeeded() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        let oldRoot = tree.roots[6]
        let newRoot = tree.roots[1_000]
        let proof = try MerkleTree.consistencyProof(from: 6, to: 1_000, source: tree.nodes)
        let needed = proof.hashes.count
        let longer = ConsistencyProof(oldSize: 6, newSize: 1_000, hashes: proof.hashes + [newRoot])
        #expect(throws: MerkleError.wrongProofLength(expected: needed, actual: needed + 1)) { try longer.verify(oldRoot: oldRoot, newRoot: newRoot) }
        let shorter = ConsistencyProof(oldSize: 6, newSize: 1_000, hashes: Array(proof.hashes.dropLast()))
        #expect(throws: MerkleError.wrongProofLength(expected: needed, actual: needed - 1)) { try shorter.verify(oldRoot: oldRoot, newRoot: newRoot) }
        // A power-of-two old tree's root is left out of its proof, yet the proof may not be empty.
        let fromFour = try MerkleTree.consistencyProof(from: 4, to: 8, source: tree.nodes)
        #expect(fromFour.hashes.count == 1)
        #expect(throws: MerkleError.wrongProofLength(expected: 1, actual: 0)) {
            try ConsistencyProof(oldSize: 4, newSize: 8, hashes: []).verify(oldRoot: tree.roots[4], newRoot: tree.roots[8])
        }
    }

    /// Every old size up to 64 leaves (including the new size itself), then edges and a sample.
    static func oldSizes(for newSize: Int, using random: inout MerkleTestRandom) -> [Int] {
        guard newSize > 64 else { return Array(1...newSize) }
        let powers = (0..<11).map { 1 << $0 }.filter { $0 <= newSize }
        return powers + [newSize - 1, newSize] + (0..<25).map { _ in Int.random(in: 1...newSize, using: &random) }
    }

    /// What RFC 9162 verification of a claimed (oldSize, newSize) depends on besides the
    /// hashes: whether the old root is implied, and the side of each step. Nil for sizes
    /// that no proof can be valid for.
    static func walk(oldSize: Int, newSize: Int) -> [String]? {
        guard oldSize > 0, oldSize <= newSize else { return nil }
        guard oldSize < newSize else { return ["equal sizes"] }
        var fn = oldSize - 1
        var sn = newSize - 1
        while fn & 1 == 1 {
            fn >>= 1
            sn >>= 1
        }
        var walk = MerkleProofWalk(fn: fn, sn: sn)
        var steps = [oldSize & (oldSize - 1) == 0 ? "implied old root" : "old root in proof"]
        while let side = walk.next() {
            steps.append("\(side)")
        }
        return steps
    }
}
