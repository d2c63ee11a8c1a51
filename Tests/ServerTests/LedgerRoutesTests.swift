import Foundation
import Ledger
import Registry
import TestSupport
import Testing

@testable import Server

/// The ledger over JSON: an entry's canonical bytes, hash and signatures; a tlog-proof an
/// outside verifier checks with the node's public key alone; and RFC 9162 proofs that the
/// node's own verifier accepts, with refusals for sizes the log does not hold.
@Suite struct LedgerRoutesTests {
    @Test func entriesAndProofsVerifyOutsideTheNode() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let ledger = app.node.ledger
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        for number in 0..<40 { _ = try await app.node.cities.register(name: "Город \(number)", region: "Область", population: nil) }
        let client = try APIClient(port: server.port)
        let size = await ledger.size
        let seq = try #require(try await app.node.database.read { connection in
            try LedgerRecords(connection).entries(from: 0, limit: size).first { String(decoding: $0.canonicalBytes, as: UTF8.self).contains(town.id.rawValue) }
        }?.entry.seq)

        let entry = try await client.send("GET", "/api/v1/ledger/entries/\(seq)")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(entry.body)) as? [String: Any])
        let canonical = try #require(body["canonical_json"] as? String)
        #expect(entry.status == 200 && canonical.contains(town.id.rawValue))
        #expect(body["hash"] as? String == SHA256.hash(Array(canonical.utf8)).hex)
        #expect((body["signatures"] as? [[String: String]])?.first?["key_id"] == ledger.nodeKey.keyID.hex)
        #expect(try await client.send("GET", "/api/v1/ledger/entries/\(size + 5)").status == 404)
        #expect(try await client.send("GET", "/api/v1/ledger/entries/-1").status == 404)

        _ = try await ledger.checkpoint()
        let proof = try await client.send("GET", "/api/v1/ledger/entries/\(seq)/tlog-proof")
        #expect(proof.status == 200 && proof.text.hasPrefix("c2sp.org/tlog-proof@v1\nindex \(seq)\n"))
        #expect(try TileLogVerifier.proof(proof.text, entry: Array(canonical.utf8), origin: ledger.origin,
                                          publicKeyHex: ledger.nodeKey.publicKey.hex) == "verified \(seq) \(size)")
        #expect(try TileLogVerifier.proof(proof.text, entry: Array(canonical.replacingOccurrences(of: town.id.rawValue, with: "cty_forged").utf8),
                                          origin: ledger.origin, publicKeyHex: ledger.nodeKey.publicKey.hex).hasPrefix("failed:"),
                "a changed entry does not verify")

        let inclusion = try await client.send("GET", "/api/v1/ledger/proofs/inclusion?seq=\(seq)&tree_size=\(size)")
        let included = try #require(try JSONSerialization.jsonObject(with: Data(inclusion.body)) as? [String: Any])
        let hashes = try (included["hashes"] as? [String] ?? []).map { try SHA256Digest(hex: $0) }
        try InclusionProof(leafIndex: seq, treeSize: size, hashes: hashes)
            .verify(leafHash: MerkleHash.leaf(Array(canonical.utf8)), rootHash: try SHA256Digest(hex: included["root_hash"] as? String ?? ""))
        #expect(included["root_hash"] as? String == (await ledger.rootHash).hex)

        let consistency = try await client.send("GET", "/api/v1/ledger/proofs/consistency?from=3&to=\(size)")
        let consistent = try #require(try JSONSerialization.jsonObject(with: Data(consistency.body)) as? [String: Any])
        let path = try (consistent["hashes"] as? [String] ?? []).map { try SHA256Digest(hex: $0) }
        let oldRoot = try await app.node.database.read { try LedgerRecords($0).rootHash(size: 3) }
        try ConsistencyProof(oldSize: 3, newSize: size, hashes: path).verify(oldRoot: oldRoot, newRoot: await ledger.rootHash)

        for refused in ["/api/v1/ledger/proofs/inclusion?seq=\(size)", "/api/v1/ledger/proofs/inclusion?seq=0&tree_size=\(size + 1)",
                        "/api/v1/ledger/proofs/inclusion?seq=x", "/api/v1/ledger/proofs/consistency?from=0",
                        "/api/v1/ledger/proofs/consistency?from=5&to=4", "/api/v1/ledger/proofs/consistency"] {
            let answer = try await client.send("GET", refused)
            #expect(answer.status == 422 && answer.header("Content-Type") == "application/problem+json", "\(refused)")
        }
        await server.stop()
    }
}
