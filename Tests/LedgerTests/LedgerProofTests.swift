import Testing
@testable import Ledger

/// Proofs served by a ledger, whose upper tree levels come from memory, agree with a tree
/// built from the entries' bytes, before and after the cache is rebuilt by reopening.
@Suite struct LedgerProofTests {
    @Test func proofsFromTheCachedTreeMatchATreeBuiltFromTheEntries() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let key = try Ed25519PrivateKey.generate()
        let ledger = try await Ledger.create(at: path, origin: "glocal.test/proofs", nodeKey: key, durability: .normal)
        for batch in 0..<5 {
            try await ledger.write { transaction in
                for index in 0..<(37 + 29 * batch) {
                    try transaction.append(kind: "test.proof", payload: ["n": .integer(Int64(index))], author: key)
                }
            }
        }
        let size = await ledger.size
        #expect(size > 4 << MerkleNodeCache.lowestCachedLevel)
        var reference = InMemoryMerkleNodes()
        for entry in try await ledger.entries(from: 0, limit: size) { reference.append(leaf: entry.canonicalBytes) }
        let reopened = try await Ledger.open(at: path, nodeKey: key)
        for served in [ledger, reopened] {
            for treeSize in [1, 63, 64, 65, 200, size - 1, size] {
                let root = try MerkleTree.root(size: treeSize, source: reference)
                #expect(try await served.rootHash(treeSize: treeSize) == root)
                for seq in Set([0, treeSize / 3, treeSize - 1]) {
                    #expect(try await served.inclusionProof(seq: seq, treeSize: treeSize)
                        == MerkleTree.inclusionProof(leafIndex: seq, treeSize: treeSize, source: reference))
                }
                #expect(try await served.consistencyProof(from: treeSize, to: size)
                    == MerkleTree.consistencyProof(from: treeSize, to: size, source: reference))
            }
        }
    }
}
