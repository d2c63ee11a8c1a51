import Foundation
import Testing
@testable import Ledger

/// Upgrading a ledger written in the first storage layout: its rows are copied, untouched,
/// into a database left at `ledger/0001`, which then opens under this program with the
/// same entries, root and proofs, verifies, and takes new appends.
@Suite struct LedgerMigrationTests {
    @Test func aLedgerInTheFirstLayoutUpgradesWithItsRootProofsAndKeys() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let nodeKey = try Ed25519PrivateKey.generate()
        let member = try Ed25519PrivateKey.generate()
        let current = try await Ledger.create(at: directory.path("current.sqlite"), origin: "glocal.test/upgrade", nodeKey: nodeKey)
        let registration = try KeyRegistration(publicKey: member.publicKey, role: .member, holder: "mem_1", custodial: false)
        try await current.append(kind: .keyRegister, payload: registration.payload)
        for index in 0..<300 {
            try await current.append(kind: index.isMultiple(of: 3) ? "ip.deposit" : "project.create",
                                     payload: ["n": .integer(Int64(index))], cosigners: index.isMultiple(of: 50) ? [member] : [])
        }
        _ = try await current.checkpoint()
        let size = await current.size
        let root = await current.rootHash
        let proof = try await current.inclusionProof(seq: 137, treeSize: size)
        let consistency = try await current.consistencyProof(from: 100, to: size)

        let oldPath = directory.path("first-layout.sqlite")
        try Self.copyIntoFirstLayout(from: directory.path("current.sqlite"), to: oldPath)
        let upgraded = try await Ledger.open(at: oldPath, nodeKey: nodeKey)
        #expect(await upgraded.size == size)
        #expect(await upgraded.rootHash == root)
        #expect(try await upgraded.inclusionProof(seq: 137, treeSize: size) == proof)
        #expect(try await upgraded.consistencyProof(from: 100, to: size) == consistency)
        #expect(await upgraded.keys.keys[member.keyID]?.isActive == true)
        let receipt = try await upgraded.append(kind: "project.create", payload: ["n": 300], cosigners: [member])
        #expect(receipt.seq == size)
        let report = try LedgerVerifier.verifyDatabase(at: oldPath)
        #expect(report.entries == size + 1 && report.checkpointSizes.last.map { $0 >= size } == true)

        let database = try SQLiteConnection(path: oldPath, readOnly: true)
        let indexes = try database.query("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'ledger_entry'") {
            try $0.text("name")
        }
        #expect(indexes == ["ledger_entry_key_events"], "no index on entry hashes or on every kind")
        let plan = try database.query("EXPLAIN QUERY PLAN SELECT body FROM ledger_entry WHERE kind IN ('key.register', 'key.revoke') ORDER BY seq") {
            try $0.text("detail")
        }
        #expect(plan.contains { $0.contains("ledger_entry_key_events") }, "opening reads key entries through their index: \(plan)")
    }

    @Test func theNewLayoutStillRefusesRewritingHistory() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/upgrade", nodeKey: try Ed25519PrivateKey.generate())
        try await ledger.append(kind: "project.create", payload: ["n": 1])
        let database = try SQLiteConnection(path: directory.path("ledger.sqlite"))
        for sql in ["UPDATE ledger_entry SET kind = 'x'", "DELETE FROM ledger_entry WHERE seq = 1", "UPDATE ledger_signature SET position = 9",
                    "DELETE FROM ledger_signature", "UPDATE ledger_merkle_node SET hash = zeroblob(32)", "DELETE FROM ledger_merkle_node",
                    "INSERT INTO ledger_entry (seq, hash, kind, author, time, body) VALUES (7, zeroblob(32), 'x', 'a', 't', x'00')",
                    "INSERT INTO ledger_merkle_node (position, level, idx, hash) VALUES (5, 1, 0, zeroblob(32))"] {
            #expect(throws: StorageError.self, "\(sql) must be refused") { try database.run(sql) }
        }
        #expect(try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite")).entries == 2)
    }

    /// A database at the first ledger migration holding `source`'s rows as they are.
    private static func copyIntoFirstLayout(from source: String, to path: String) throws {
        let database = try SQLiteConnection(path: path)
        try Migrator([LedgerSchema.migrations[0]]).migrate(database)
        try database.run("ATTACH DATABASE ? AS source", [.text(source)])
        try database.execute("""
            BEGIN;
            INSERT INTO ledger_meta SELECT name, value FROM source.ledger_meta;
            INSERT INTO ledger_entry SELECT seq, hash, kind, author, time, body FROM source.ledger_entry ORDER BY seq;
            INSERT INTO ledger_signature SELECT seq, position, key_id, signature FROM source.ledger_signature;
            INSERT INTO ledger_merkle_node SELECT level, idx, hash FROM source.ledger_merkle_node;
            INSERT INTO ledger_checkpoint SELECT size, root, note FROM source.ledger_checkpoint;
            COMMIT;
            DETACH DATABASE source;
            """)
    }
}
