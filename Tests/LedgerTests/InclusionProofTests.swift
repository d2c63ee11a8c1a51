import Foundation
import Testing
@testable import Ledger

@Suite struct InclusionProofTests {
    private struct Vector: Decodable {
        let leafIdx: UInt64
        let treeSize: UInt64
        let root: String
        let leafHash: String
        let proof: [String]?
        let desc: String
        let wantErr: Bool
    }

    @Test func everyTransparencyDevVectorGetsItsExpectedVerdict() throws {
        let files = try Fixture.files(under: "merkle/inclusion")
        #expect(files.count == 98)
        for file in files {
            let vector = try JSONDecoder().decode(Vector.self, from: Data(Fixture.bytes(file)))
            // An index or size beyond Int cannot even be put into a proof, which rejects it.
            guard let leafIndex = Int(exactly: vector.leafIdx), let treeSize = Int(exactly: vector.treeSize) else {
                #expect(vector.wantErr, "\(file): unrepresentable index or size")
                continue
            }
            let proof = InclusionProof(
                leafIndex: leafIndex,
                treeSize: treeSize,
                hashes: try (vector.proof ?? []).map(MerkleVectorHash.digest)
            )
            // The leaf hash is the verifier's own input, so a value that is not 32 bytes is
            // refused where it becomes a digest (as the reference verifier refuses it).
            guard let leafHash = try? SHA256Digest(bytes: MerkleVectorHash.bytes(vector.leafHash)) else {
                #expect(vector.wantErr, "\(file): leaf hash is not a SHA-256 digest")
                continue
            }
            let root = try MerkleVectorHash.digest(vector.root)
            if vector.wantErr {
                #expect(throws: MerkleError.self, "\(file): \(vector.desc)") { try proof.verify(leafHash: leafHash, rootHash: root) }
            } else {
                #expect(throws: Never.self, "\(file): \(vector.desc)") { try proof.verify(leafHash: leafHash, rootHash: root) }
            }
        }
    }

    @Test func everyLeafOfEverySizeHasTheRFCPathAndVerifies() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for size in MerkleTestTree.sizes {
            let root = tree.referenceRoot(size: size)
            for leaf in Self.leaves(of: size, using: &random) {
                let source = tree.source(size: size)
                let proof = try MerkleTree.inclusionProof(leafIndex: leaf, treeSize: size, source: source)
                let context = "leaf \(leaf) of \(size), seed \(random.seed)"
                #expect(source.lookups <= MerkleTestTree.lookupBudget(size: size), "\(context): \(source.lookups) lookups")
                if size <= 64 || leaf % 17 == 0 {
                    #expect(proof.hashes == MerkleReference.path(leaf, tree.leafHashes[..<size]), "\(context)")
                }
                #expect(throws: Never.self, "\(context)") { try proof.verify(leafHash: tree.leafHashes[leaf], rootHash: root) }
            }
        }
    }

    @Test func flippingAnyBitOfProofLeafOrRootFailsVerification() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for size in MerkleTestTree.sizes {
            let root = tree.roots[size]
            for leaf in Self.leaves(of: size, using: &random) {
                let proof = try MerkleTree.inclusionProof(leafIndex: leaf, treeSize: size, source: tree.nodes)
                let leafHash = tree.leafHashes[leaf]
                let context = "leaf \(leaf) of \(size), seed \(random.seed)"
                for position in proof.hashes.indices {
                    var hashes = proof.hashes
                    hashes[position] = random.flippingRandomBit(of: hashes[position])
                    let corrupted = InclusionProof(leafIndex: leaf, treeSize: size, hashes: hashes)
                    #expect(MerkleVerdict.rejects { try corrupted.verify(leafHash: leafHash, rootHash: root) }, "\(context), hash \(position)")
                }
                let badRoot = random.flippingRandomBit(of: root)
                #expect(MerkleVerdict.rejects { try proof.verify(leafHash: leafHash, rootHash: badRoot) }, "\(context), root")
                let badLeaf = random.flippingRandomBit(of: leafHash)
                #expect(MerkleVerdict.rejects { try proof.verify(leafHash: badLeaf, rootHash: root) }, "\(context), leaf")
            }
        }
    }

    /// The random flips above touch one bit per hash; here every bit of a few proofs.
    @Test(arguments: [(0, 1_000), (777, 1_000), (999, 1_000), (1_024, 1_025), (5, 6)])
    func flippingEachSingleBitFailsVerification(leaf: Int, size: Int) throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        let root = tree.roots[size]
        let leafHash = tree.leafHashes[leaf]
        let proof = try MerkleTree.inclusionProof(leafIndex: leaf, treeSize: size, source: tree.nodes)
        for bit in 0..<(SHA256Digest.byteCount * 8) {
            for position in proof.hashes.indices {
                var hashes = proof.hashes
                hashes[position] = MerkleTestRandom.flipping(bit: bit, of: hashes[position])
                let corrupted = InclusionProof(leafIndex: leaf, treeSize: size, hashes: hashes)
                #expect(MerkleVerdict.rejects { try corrupted.verify(leafHash: leafHash, rootHash: root) }, "hash \(position) bit \(bit)")
            }
            let badRoot = MerkleTestRandom.flipping(bit: bit, of: root)
            #expect(MerkleVerdict.rejects { try proof.verify(leafHash: leafHash, rootHash: badRoot) }, "root bit \(bit)")
            let badLeaf = MerkleTestRandom.flipping(bit: bit, of: leafHash)
            #expect(MerkleVerdict.rejects { try proof.verify(leafHash: badLeaf, rootHash: root) }, "leaf bit \(bit)")
        }
    }

    /// A proof is bound to its index and size: claimed for another (index, size) it fails
    /// against that tree's root. Against the original root it fails too, except where
    /// RFC 9162's verification walk for the other claim is step-for-step the same (leaf 0
    /// of 3 and of 4, say); there it recomputes the same root and the RFC accepts it, which
    /// is why a root is only meaningful together with its signed size.
    @Test func proofOnlyVerifiesForItsOwnIndexAndSize() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        for size in MerkleTestTree.sizes {
            let root = tree.roots[size]
            for leaf in Self.leaves(of: size, using: &random) {
                let proof = try MerkleTree.inclusionProof(leafIndex: leaf, treeSize: size, source: tree.nodes)
                let claims = [
                    (leaf + 1, size), (leaf - 1, size), (leaf ^ 2, size), (leaf ^ 1, size),
                    (leaf, size + 1), (leaf, size - 1), (leaf, size * 2), (leaf, size / 2),
                ].filter { $0 != (leaf, size) }
                for (claimedLeaf, claimedSize) in claims {
                    let context = "leaf \(leaf) of \(size) claimed as \(claimedLeaf) of \(claimedSize), seed \(random.seed)"
                    let forged = InclusionProof(leafIndex: claimedLeaf, treeSize: claimedSize, hashes: proof.hashes)
                    let leafHash = tree.leafHashes[leaf]
                    if (1...MerkleTestTree.maxSize).contains(claimedSize) {
                        let claimedRoot = tree.roots[claimedSize]
                        #expect(MerkleVerdict.rejects { try forged.verify(leafHash: leafHash, rootHash: claimedRoot) }, "\(context)")
                    }
                    let sameWalk = Self.walk(leaf: claimedLeaf, size: claimedSize) == Self.walk(leaf: leaf, size: size)
                    if !sameWalk {
                        #expect(MerkleVerdict.rejects { try forged.verify(leafHash: leafHash, rootHash: root) }, "\(context)")
                    }
                }
            }
        }
    }

    @Test func proofsOfTheWrongLengthReportTheLengthNeeded() throws {
        var random = MerkleTestRandom.make()
        let tree = MerkleTestTree(using: &random)
        let proof = try MerkleTree.inclusionProof(leafIndex: 5, treeSize: 1_000, source: tree.nodes)
        let leafHash = tree.leafHashes[5]
        let root = tree.roots[1_000]
        #expect(proof.hashes.count == 10)
        let longer = InclusionProof(leafIndex: 5, treeSize: 1_000, hashes: proof.hashes + [root])
        #expect(throws: MerkleError.wrongProofLength(expected: 10, actual: 11)) { try longer.verify(leafHash: leafHash, rootHash: root) }
        let shorter = InclusionProof(leafIndex: 5, treeSize: 1_000, hashes: Array(proof.hashes.dropLast()))
        #expect(throws: MerkleError.wrongProofLength(expected: 10, actual: 9)) { try shorter.verify(leafHash: leafHash, rootHash: root) }
        #expect(MerkleError.wrongProofLength(expected: 10, actual: 9).description == "proof has 9 hashes but 10 are needed")
    }

    @Test func indicesOutsideTheTreeAreRefusedBeforeHashing() {
        let leaf = MerkleHash.leaf([])
        for (index, size) in [(0, 0), (1, 0), (5, 5), (7, 5), (-1, 5), (0, -1), (Int.max, Int.max), (Int.min, 1)] {
            let proof = InclusionProof(leafIndex: index, treeSize: size, hashes: [])
            #expect(throws: MerkleError.leafIndexOutOfRange(leafIndex: index, treeSize: size)) { try proof.verify(leafHash: leaf, rootHash: leaf) }
        }
    }

    @Test func singleLeafTreeRootIsTheLeafHashWithAnEmptyProof() throws {
        let leaf = MerkleHash.leaf([42])
        let proof = InclusionProof(leafIndex: 0, treeSize: 1, hashes: [])
        #expect(try proof.rootHash(leafHash: leaf) == leaf)
        #expect(throws: MerkleError.rootMismatch(expected: MerkleHash.emptyRoot, computed: leaf)) {
            try proof.verify(leafHash: leaf, rootHash: MerkleHash.emptyRoot)
        }
    }

    /// All leaves up to 300 leaves, then the edges and a random sample.
    static func leaves(of size: Int, using random: inout MerkleTestRandom) -> [Int] {
        guard size > 300 else { return Array(0..<size) }
        return [0, 1, size / 2, size - 2, size - 1] + (0..<40).map { _ in Int.random(in: 0..<size, using: &random) }
    }

    /// The side sequence RFC 9162 verification follows for a claimed (leaf, size).
    static func walk(leaf: Int, size: Int) -> [MerkleProofWalk.Side]? {
        guard leaf >= 0, leaf < size else { return nil }
        var walk = MerkleProofWalk(fn: leaf, sn: size - 1)
        var sides: [MerkleProofWalk.Side] = []
        while let side = walk.next() {
            sides.append(side)
        }
        return sides
    }
}
