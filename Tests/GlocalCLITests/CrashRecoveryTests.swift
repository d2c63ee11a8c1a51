import Foundation
import Testing
import Ledger
import Registry
import TestSupport

/// A writer killed with SIGKILL at random moments loses nothing it acknowledged, and
/// the store reopens with a valid chain and no half-written entry.
@Suite struct CrashRecoveryTests {
    @Test func everyAcknowledgedAppendSurvivesSIGKILL() async throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let data = DataFolder(path: folder.file("data"))
        _ = try await data.initialise(origin: "glocal.test/crash")
        var seed = UInt64(Stopwatch.now())
        print("crash test seed \(seed)")
        var acknowledged: [Int: String] = [:]
        for round in 1...6 {
            let log = folder.file("acks-\(round).txt")
            _ = FileManager.default.createFile(atPath: log, contents: nil)
            let acks = open(log, O_WRONLY | O_TRUNC)
            let writer = try ChildProcess(Executable.url("ledger-crash-writer").path,
                                          [data.databasePath, data.nodeKeyPath, "4"], stdout: .descriptor(acks))
            close(acks)
            let delay = 150_000 + Int(nextRandom(&seed) % 600_000)
            usleep(UInt32(delay))
            writer.signal(SIGKILL)
            let ending = writer.wait()
            let stderr = ChildProcess.readAll(writer.errors)
            #expect(ending == .signal(SIGKILL), "round \(round): the writer should have been killed, seed \(seed): \(stderr)")
            let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: log)), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            for line in lines.dropLast() {
                let fields = line.split(separator: " ")
                guard fields.count == 3, fields[0] == "ack", let seq = Int(fields[1]) else { continue }
                acknowledged[seq] = String(fields[2])
            }
            let report = try LedgerVerifier.verifyDatabase(at: data.databasePath)
            let database = try SQLiteConnection(path: data.databasePath, readOnly: true)
            for (seq, hash) in acknowledged {
                let stored = try database.queryFirst("SELECT hash FROM ledger_entry WHERE seq = ?", [.int(seq)]) { try $0.blob("hash") }
                #expect(stored.map(Hex.encode) == hash, "round \(round): acknowledged seq \(seq) lost or changed (seed \(seed))")
            }
            #expect(report.entries > (acknowledged.keys.max() ?? 0), "round \(round)")
        }
        #expect(acknowledged.count > 50, "the writer should have acknowledged appends before being killed")
        let reopened = try await data.open()
        let receipt = try await reopened.append(kind: "test.after_crash", payload: [:])
        #expect(receipt.seq == (try LedgerVerifier.verifyDatabase(at: data.databasePath).entries - 1))
    }

    private func nextRandom(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}

enum Stopwatch {
    static func now() -> UInt64 {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return UInt64(spec.tv_sec) * 1_000_000_000 + UInt64(spec.tv_nsec)
    }
}
