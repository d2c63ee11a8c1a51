import Foundation
import Testing
import Ledger
import Registry

/// An attacker with write access to the database file (who can drop the append-only
/// triggers) changes history; `glocal verify` must notice and name the seq.
@Suite struct TamperDetectionTests {
    /// A data folder with 20 entries and a checkpoint covering them all.
    private func populatedFolder() async throws -> (TemporaryFolder, DataFolder) {
        let folder = try TemporaryFolder()
        let data = DataFolder(path: folder.file("data"))
        let ledger = try await data.initialise(origin: "glocal.test/tamper")
        for index in 1...19 {
            try await ledger.append(kind: "ip.deposit", payload: [
                "asset": .string("ipa_\(index)"), "document_sha256": .string(SHA256.hash([UInt8(index)]).hex),
            ])
        }
        _ = try await ledger.checkpoint()
        return (folder, data)
    }

    private func tamper(_ data: DataFolder, _ sql: String, _ parameters: [SQLiteValue] = []) throws {
        let database = try SQLiteConnection(path: data.databasePath)
        try database.execute("PRAGMA foreign_keys = OFF")
        let triggers = try database.query("SELECT name FROM sqlite_master WHERE type = 'trigger'") { try $0.text("name") }
        for trigger in triggers { try database.execute("DROP TRIGGER \(trigger)") }
        try database.run(sql, parameters)
    }

    private func expectDetected(_ data: DataFolder, seq: Int, _ phrase: String, extra: [String] = []) throws {
        let result = try Executable.run("glocal", ["verify", "--data", data.path] + extra)
        #expect(result.status == 1, "verify must fail; stdout: \(result.stdout)")
        #expect(result.stderr.contains("seq \(seq)"), "expected seq \(seq) in: \(result.stderr)")
        #expect(result.stderr.contains(phrase), "expected '\(phrase)' in: \(result.stderr)")
    }

    @Test func untouchedLedgerVerifies() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let result = try Executable.run("glocal", ["verify", "--data", data.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("valid: 20 entries"))
        // The first checkpoint, those the writer signed as the log grew, and the last.
        #expect(result.stdout.contains("checkpoints matched: 1, ") && result.stdout.contains(", 20\n"))
    }

    @Test func triggersRefuseUpdateAndDeleteOfEntries() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let database = try SQLiteConnection(path: data.databasePath)
        #expect(throws: StorageError.self) { try database.run("DELETE FROM ledger_entry WHERE seq = 19") }
        #expect(throws: StorageError.self) { try database.run("UPDATE ledger_signature SET signature = zeroblob(64) WHERE seq = 3") }
        #expect(throws: StorageError.self) { try database.run("UPDATE ledger_merkle_node SET hash = zeroblob(32) WHERE level = 0 AND idx = 0") }
    }

    @Test func changingAnyPayloadByteIsDetectedAtThatSeq() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let database = try SQLiteConnection(path: data.databasePath)
        let body = try database.queryOne("SELECT body FROM ledger_entry WHERE seq = 7") { row throws(StorageError) in try row.blob("body") }
        let changed = Array(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "\"ipa_7\"", with: "\"ipa_8\"").utf8)
        #expect(changed != body)
        try tamper(data, "UPDATE ledger_entry SET body = ? WHERE seq = 7", [.blob(changed)])
        try expectDetected(data, seq: 7, "stored hash differs")
    }

    @Test func rewritingAnEntryWithItsHashStillBreaksTheSignature() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let database = try SQLiteConnection(path: data.databasePath)
        let body = try database.queryOne("SELECT body FROM ledger_entry WHERE seq = 5") { row throws(StorageError) in try row.blob("body") }
        let changed = Array(String(decoding: body, as: UTF8.self).replacingOccurrences(of: "\"ipa_5\"", with: "\"ipa_6\"").utf8)
        #expect(changed != body)
        try tamper(data, "UPDATE ledger_entry SET body = ?, hash = ? WHERE seq = 5", [.blob(changed), .blob(SHA256.hash(changed).bytes)])
        try expectDetected(data, seq: 5, "does not verify")
    }

    @Test func deletingARowIsDetected() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        try tamper(data, "DELETE FROM ledger_signature WHERE seq = 12")
        try tamper(data, "DELETE FROM ledger_entry WHERE seq = 12")
        try expectDetected(data, seq: 12, "missing")
    }

    @Test func reorderingEntriesIsDetected() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        try tamper(data, "UPDATE ledger_entry SET seq = seq + 1000 WHERE seq IN (9, 10)")
        try tamper(data, "UPDATE ledger_entry SET seq = 19 - (seq - 1000) WHERE seq IN (1009, 1010)")
        let database = try SQLiteConnection(path: data.databasePath)
        let swapped = try database.queryOne("SELECT body FROM ledger_entry WHERE seq = 9") { row throws(StorageError) in try row.blob("body") }
        #expect(String(decoding: swapped, as: UTF8.self).contains("\"seq\":10"))
        try expectDetected(data, seq: 9, "seq field says 10")
    }

    @Test func swappingSignaturesBetweenEntriesIsDetected() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let database = try SQLiteConnection(path: data.databasePath)
        let first = try database.queryOne("SELECT signature FROM ledger_signature WHERE seq = 3") { row throws(StorageError) in
            try row.blob("signature")
        }
        let second = try database.queryOne("SELECT signature FROM ledger_signature WHERE seq = 4") { row throws(StorageError) in
            try row.blob("signature")
        }
        try tamper(data, "UPDATE ledger_signature SET signature = ? WHERE seq = 3", [.blob(second)])
        try tamper(data, "UPDATE ledger_signature SET signature = ? WHERE seq = 4", [.blob(first)])
        try expectDetected(data, seq: 3, "does not verify")
    }

    @Test func truncatingBehindAPublishedCheckpointIsDetected() async throws {
        let (folder, data) = try await populatedFolder()
        defer { folder.remove() }
        let published = try Executable.run("glocal", ["checkpoint", "--data", data.path])
        #expect(published.status == 0)
        let checkpointFile = folder.file("published.checkpoint")
        try (published.stdout).write(toFile: checkpointFile, atomically: true, encoding: .utf8)
        try tamper(data, "DELETE FROM ledger_signature WHERE seq >= 15")
        try tamper(data, "DELETE FROM ledger_entry WHERE seq >= 15")
        try tamper(data, "DELETE FROM ledger_checkpoint")
        try expectDetected(data, seq: 15, "missing", extra: ["--checkpoint", checkpointFile])
    }
}
