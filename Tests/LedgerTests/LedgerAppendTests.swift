import Foundation
import Synchronization
import Testing
@testable import Ledger

/// The writer: appends, group commit, rollback of one write alone, reopening.
@Suite struct LedgerAppendTests {
    private func freshLedger(_ directory: TemporaryDirectory, durability: SQLiteConnection.Durability = .full) async throws -> Ledger {
        try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/append",
                                nodeKey: try Ed25519PrivateKey.generate(), durability: durability)
    }

    /// Runs `count` writes concurrently and counts those that did not throw.
    private func successes(of count: Int, _ write: @escaping @Sendable (Int) async throws -> Void) async -> Int {
        await withTaskGroup(of: Bool.self) { group in
            for index in 0..<count {
                group.addTask { (try? await write(index)) != nil }
            }
            return await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
    }

    @Test func genesisRegistersTheNodeKeyAndReceiptsChain() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory)
        let genesis = try await ledger.entry(0)
        #expect(genesis.entry.kind == .keyRegister)
        #expect(genesis.entry.prev == .zero)
        #expect(genesis.entry.author == ledger.nodeKey.keyID)
        let receipt = try await ledger.append(kind: "ip.deposit", payload: ["asset": "ipa_1", "document_sha256": .string(SHA256.hash([1]).hex)])
        #expect(receipt.seq == 1)
        let stored = try await ledger.entry(1)
        #expect(stored.hash == receipt.hash)
        #expect(stored.entry.prev == genesis.hash)
        #expect(stored.hash == SHA256.hash(stored.canonicalBytes))
        #expect(ledger.nodeKey.publicKey.isValidSignature(stored.signatures[0].signature, for: stored.canonicalBytes))
    }

    @Test func concurrentAppendsGetDistinctConsecutiveSeqsAndVerify() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory)
        let receipts = try await withThrowingTaskGroup(of: EntryReceipt.self) { group in
            for index in 0..<200 {
                group.addTask { try await ledger.append(kind: "test.concurrent", payload: ["n": .integer(Int64(index))]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(receipts.map(\.seq)) == Set(1...200))
        let report = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
        #expect(report.entries == 201)
        #expect(report.rootHash == (await ledger.rootHash))
    }

    @Test func aFailingWriteIsRolledBackAloneWithinItsBatch() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory)
        try await ledger.write { transaction in
            try transaction.database.execute("CREATE TABLE project (id TEXT PRIMARY KEY, title TEXT NOT NULL)")
        }
        struct Refused: Error {}
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<40 {
                group.addTask {
                    do {
                        try await ledger.write { transaction in
                            try transaction.database.run("INSERT INTO project (id, title) VALUES (?, ?)", [.text("prj_\(index)"), .text("P\(index)")])
                            try transaction.append(kind: "project.create", payload: ["project": .string("prj_\(index)")], author: ledger.nodeKey)
                            if index % 4 == 0 { throw Refused() }
                        }
                        return true
                    } catch {
                        return false
                    }
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 30)
        let rows = try await ledger.write { transaction in
            try transaction.database.query("SELECT id FROM project ORDER BY id") { try $0.text("id") }
        }
        #expect(rows.count == 30)
        #expect(!rows.contains("prj_0") && !rows.contains("prj_8"))
        #expect(await ledger.size == 31)
        let report = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
        #expect(report.entries == 31)
    }

    @Test func aSignerThatFailsLosesOnlyItsOwnAppend() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory, durability: .normal)
        let failing = FailingSigner(keyID: ledger.nodeKey.keyID)
        let succeeded = await successes(of: 60) { index in
            try await ledger.append(kind: "test.signing", payload: ["n": .integer(Int64(index))],
                                    author: index % 5 == 0 ? failing : nil)
        }
        #expect(succeeded == 48)
        #expect(await ledger.size == 49)
        let report = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
        #expect(report.entries == 49)
        #expect(report.rootHash == (await ledger.rootHash))
    }

    @Test func anAppendThatStorageRefusesFailsAloneInItsBatch() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory, durability: .normal)
        try await ledger.write { transaction in
            try transaction.database.execute("""
                CREATE TRIGGER refuse_test_kind BEFORE INSERT ON ledger_entry WHEN NEW.kind = 'test.refused'
                BEGIN SELECT RAISE(ABORT, 'refused by the registry'); END
                """)
        }
        let succeeded = await successes(of: 40) { index in
            try await ledger.append(kind: index % 4 == 0 ? "test.refused" : "test.kept", payload: ["n": .integer(Int64(index))])
        }
        #expect(succeeded == 30)
        #expect(await ledger.size == 31)
        let report = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
        #expect(report.entries == 31)
        #expect(report.rootHash == (await ledger.rootHash))
        let last = try await ledger.entry(30)
        try await ledger.inclusionProof(seq: 30, treeSize: 31)
            .verify(leafHash: MerkleHash.leaf(last.canonicalBytes), rootHash: ledger.rootHash)
    }

    @Test func refusedAppendsWriteNothing() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory)
        let stranger = try Ed25519PrivateKey.generate()
        await #expect(throws: LedgerError.unknownKey(stranger.keyID)) {
            try await ledger.append(kind: "ip.deposit", payload: [:], author: stranger)
        }
        await #expect(throws: LedgerError.duplicateSigner(ledger.nodeKey.keyID)) {
            try await ledger.append(kind: "ip.deposit", payload: [:], cosigners: [ledger.nodeKey])
        }
        let huge = String(repeating: "x", count: Entry.maximumBytes)
        await #expect(throws: LedgerError.self) {
            try await ledger.append(kind: "ip.deposit", payload: ["text": .string(huge)])
        }
        await #expect(throws: LedgerError.self) {
            try await ledger.append(kind: "ip.deposit", payload: ["amount": .integer(9_007_199_254_740_992)])
        }
        #expect(throws: LedgerError.invalidKind("IP.Deposit")) { try EntryKind(validating: "IP.Deposit") }
        #expect(throws: LedgerError.invalidKind("deposit")) { try EntryKind(validating: "deposit") }
        #expect(await ledger.size == 1)
        _ = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
    }

    @Test func theLogIsCopiedBackBesideTheCommitsAndStaysBounded() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let ledger = try await freshLedger(directory, durability: .normal)
        let databaseBytes = { (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 }
        let logBytes = { (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0 }
        let before = databaseBytes()
        let page = String(repeating: "x", count: 3_000)
        var written = 0
        // About a page per entry: twice the log length at which a copy is asked for.
        while written < 2 * LogCheckpointer.pages {
            try await ledger.write { transaction in
                for index in 0..<100 {
                    try transaction.append(kind: "test.page", payload: ["n": .integer(Int64(index)), "text": .string(page)], author: ledger.nodeKey)
                }
            }
            written += 100
        }
        let deadline = ContinuousClock.now + .seconds(20)
        while await ledger.checkpointer.runs == 0 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
        #expect(await ledger.checkpointer.runs >= 1, "the checkpointer copied the log")
        #expect(databaseBytes() > before + LogCheckpointer.pages * 4_096, "the copied pages reached the database file")
        #expect(logBytes() < (LogCheckpointer.writerPages + 200) * (4_096 + 24), "the log starts over instead of growing")
        #expect(try LedgerVerifier.verifyDatabase(at: path).entries == written + 1)
    }

    @Test func theLogStartsOverOnceItsCopyCatchesUp() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory, durability: .normal)
        let page = String(repeating: "x", count: 3_000)
        let write = { @Sendable in
            try await ledger.write { transaction in
                for index in 0..<50 {
                    try transaction.append(kind: "test.page", payload: ["n": .integer(Int64(index)), "text": .string(page)], author: ledger.nodeKey)
                }
            }
        }
        while await ledger.logFrames < LogCheckpointer.pages { try await write() }
        // Commits go on while the checkpointer copies, so its copy ends behind the log.
        let writer = Task {
            while !Task.isCancelled { try await write() }
        }
        let deadline = ContinuousClock.now + .seconds(60)
        while await ledger.checkpointer.runs == 0 && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
        writer.cancel()
        try await writer.value
        #expect(await ledger.checkpointer.runs >= 1, "the checkpointer copied the log")
        // The next commit copies what was committed meanwhile; the transaction after it
        // writes from the start of the log again, over blocks already on disk.
        try await ledger.append(kind: "test.after", payload: [:])
        try await ledger.append(kind: "test.after", payload: [:])
        #expect(await ledger.logFrames < 100, "the log started over")
        #expect(try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite")).entries == (await ledger.size))
    }

    @Test func reopeningContinuesTheChainAndRefusesAForeignNodeKey() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let path = directory.path("ledger.sqlite")
        let key = try Ed25519PrivateKey.generate()
        do {
            let ledger = try await Ledger.create(at: path, origin: "glocal.test/reopen", nodeKey: key)
            for index in 0..<10 { try await ledger.append(kind: "test.reopen", payload: ["n": .integer(Int64(index))]) }
        }
        let reopened = try await Ledger.open(at: path, nodeKey: key)
        #expect(await reopened.size == 11)
        let receipt = try await reopened.append(kind: "test.reopen", payload: ["n": 10])
        #expect(receipt.seq == 11)
        #expect(try await reopened.entry(11).entry.prev == (try await reopened.entry(10).hash))
        let other = try Ed25519PrivateKey.generate()
        await #expect(throws: LedgerError.self) { try await Ledger.open(at: path, nodeKey: other) }
        await #expect(throws: LedgerError.alreadyInitialised(path: path)) {
            try await Ledger.create(at: path, origin: "glocal.test/reopen", nodeKey: key)
        }
    }

    @Test func timeNeverGoesBackwardsEvenIfTheClockDoes() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ticks = ClockScript([5_000, 9_000, 7_000, 8_000])
        let ledger = try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/time",
                                             nodeKey: try Ed25519PrivateKey.generate(), clock: { ticks.next() })
        try await ledger.append(kind: "test.time", payload: [:])
        try await ledger.append(kind: "test.time", payload: [:])
        let times = try await ledger.entries(from: 0, limit: 3).map(\.entry.time.millisecondsSinceEpoch)
        #expect(times == [5_000, 9_000, 9_000])
    }

    @Test func theWriterSignsACheckpointOfTheGrownLogSoonAfterCommitsNotOnePerCommit() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await freshLedger(directory, durability: .normal)
        let path = directory.path("ledger.sqlite")
        for index in 0..<40 { try await ledger.append(kind: "test.grow", payload: ["n": .integer(Int64(index))]) }
        let size = await ledger.size
        let reader = try SQLiteConnection(path: path, readOnly: true)
        var latest = try LedgerRecords(reader).latestCheckpoint()
        for _ in 0..<100 where latest?.checkpoint.size != size {
            try await Task.sleep(for: .milliseconds(50))
            latest = try LedgerRecords(reader).latestCheckpoint()
        }
        #expect(latest?.checkpoint.size == size)
        #expect(try SignedCheckpoint.open(#require(latest).serialized(), verifier: ledger.noteVerifier).size == size)
        let signed = try reader.queryOne("SELECT count(*) AS n FROM ledger_checkpoint") { row throws(StorageError) in try row.int("n") }
        #expect(signed < 10, "40 commits within a few seconds sign a few checkpoints, not one each")
    }
}

/// A signer for a registered key whose signing always fails, as a broken custodial store would.
struct FailingSigner: EntrySigner {
    struct Unavailable: Error {}
    let keyID: KeyID

    func sign(_ message: [UInt8]) throws -> Ed25519Signature { throw Unavailable() }
}

/// A clock that returns scripted instants, then repeats the last one.
final class ClockScript: Sendable {
    private let ticks: Mutex<[Int64]>

    init(_ ticks: [Int64]) { self.ticks = Mutex(ticks) }

    func next() -> LedgerTime {
        ticks.withLock { list in
            let value = list.count > 1 ? list.removeFirst() : list[0]
            return LedgerTime(millisecondsSinceEpoch: value)
        }
    }
}
