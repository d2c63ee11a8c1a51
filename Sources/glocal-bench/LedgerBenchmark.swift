import Foundation
import Glibc
import Ledger

/// `glocal-bench ledger`: append, verify and proof figures beside OpenSSL's raw rates.
enum LedgerBenchmark {
    static func run(emit: @Sendable (BenchmarkFigure) -> Void, proofEntries: Int) async throws {
        let directory = try temporaryDirectory()
        defer { removeTree(directory) }
        let key = try Ed25519PrivateKey.generate()
        let message = [UInt8](repeating: 0x5a, count: 400)

        let signRate = try rate(count: 20_000) { _ = try key.signature(for: message) }
        emit(BenchmarkFigure(name: "openssl.ed25519.sign", value: signRate, unit: "signatures/s"))
        let signature = try key.signature(for: message)
        let verifyCPUBefore = ProcessCPU.seconds
        let verifyRate = try rate(count: 8_000) { _ = key.publicKey.isValidSignature(signature, for: message) }
        let verifyCPURate = 8_000 / (ProcessCPU.seconds - verifyCPUBefore)
        emit(BenchmarkFigure(name: "openssl.ed25519.verify", value: verifyRate, unit: "verifications/s (1 core)"))
        emit(BenchmarkFigure(name: "openssl.ed25519.verify.per_cpu_second", value: verifyCPURate, unit: "verifications per CPU-second"))
        let block = [UInt8](repeating: 0xa5, count: 1 << 20)
        let shaRate = try rate(count: 500) { _ = SHA256.hash(block) }
        emit(BenchmarkFigure(name: "openssl.sha256", value: shaRate, unit: "MB/s"))

        let syncMilliseconds = try fdatasyncMilliseconds(path: directory + "/fdatasync.probe")
        emit(BenchmarkFigure(name: "disk.fdatasync.p50", value: syncMilliseconds, unit: "ms per 4 KiB overwrite (bounds durable commits per second)"))

        let ledger = try await Ledger.create(at: directory + "/append.sqlite", origin: "bench.local/append", nodeKey: key)
        let single = try await appendRate(ledger, writers: 1, seconds: 3)
        emit(BenchmarkFigure(name: "ledger.append.durable.1_writer", value: single, unit: "entries/s",
                             baselineName: "openssl.ed25519.sign", baselineValue: signRate, target: "ratio >= 0.5"))
        let eight = try await appendRate(ledger, writers: 8, seconds: 3)
        emit(BenchmarkFigure(name: "ledger.append.durable.8_writers", value: eight, unit: "entries/s",
                             baselineName: "openssl.ed25519.sign", baselineValue: signRate, target: "ratio >= 0.5"))
        _ = try await ledger.checkpoint()

        let cores = Double(min(ProcessCores.count, 2))
        let cpuBefore = ProcessCPU.seconds
        let clock = Stopwatch()
        let report = try LedgerVerifier.verifyDatabase(at: directory + "/append.sqlite")
        let seconds = clock.seconds
        let cpuSeconds = ProcessCPU.seconds - cpuBefore
        emit(BenchmarkFigure(name: "ledger.verify", value: Double(report.entries) / seconds / cores,
                             unit: "entries/s per core (\(Int(cores)) cores, \(report.entries) entries)",
                             baselineName: "openssl.ed25519.verify", baselineValue: verifyRate, target: "ratio >= 0.7"))
        // Other processes on a shared machine take cores away from the parallel check but not
        // from the one-thread baseline; per CPU-second shows the work itself, beside the above.
        emit(BenchmarkFigure(name: "ledger.verify.per_cpu_second", value: Double(report.entries) / cpuSeconds,
                             unit: "entries per CPU-second (\((cpuSeconds / seconds * 100).rounded() / 100) cores busy on average)",
                             baselineName: "openssl.ed25519.verify.per_cpu_second", baselineValue: verifyCPURate))

        try await proofFigures(directory: directory, key: key, entries: proofEntries, emit: emit)
    }

    static func appendRate(_ ledger: Ledger, writers: Int, seconds: Double) async throws -> Double {
        let clock = Stopwatch()
        let counts = try await withThrowingTaskGroup(of: Int.self) { group in
            for writer in 0..<writers {
                group.addTask {
                    var count = 0
                    while clock.seconds < seconds {
                        let payload: JSONObject = [
                            "project": .string("prj_\(writer)"), "amount": .integer(Int64(count)),
                            "document": .string(SHA256.hash([UInt8(truncatingIfNeeded: count)]).hex),
                        ]
                        try await ledger.append(kind: "bench.append", payload: payload)
                        count += 1
                    }
                    return count
                }
            }
            return try await group.reduce(0, +)
        }
        return Double(counts) / clock.seconds
    }

    private static func proofFigures(directory: String, key: Ed25519PrivateKey, entries: Int,
                                      emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let ledger = try await Ledger.create(at: directory + "/proofs.sqlite", origin: "bench.local/proofs", nodeKey: key,
                                             durability: .normal)
        let batch = 5_000
        while await ledger.size < entries {
            let remaining = entries - (await ledger.size)
            try await ledger.write { transaction in
                for index in 0..<min(batch, remaining) {
                    try transaction.append(kind: "bench.proof", payload: ["n": .integer(Int64(index))], author: key)
                }
            }
            let size = await ledger.size
            if size % 100_000 < batch { progress("built \(size) entries") }
        }
        let size = await ledger.size
        var generator = SystemRandomNumberGenerator()
        var inclusion: [Double] = []
        var consistency: [Double] = []
        for _ in 0..<2_000 {
            let seq = Int.random(in: 0..<size, using: &generator)
            var clock = Stopwatch()
            _ = try await ledger.inclusionProof(seq: seq, treeSize: size)
            inclusion.append(clock.seconds * 1e3)
            let old = Int.random(in: 1..<size, using: &generator)
            clock = Stopwatch()
            _ = try await ledger.consistencyProof(from: old, to: size)
            consistency.append(clock.seconds * 1e3)
        }
        inclusion.sort()
        consistency.sort()
        emit(BenchmarkFigure(name: "ledger.proof.inclusion.p50", value: percentile(inclusion, 50), unit: "ms at \(size) entries", target: "< 1 ms"))
        emit(BenchmarkFigure(name: "ledger.proof.inclusion.p99", value: percentile(inclusion, 99), unit: "ms at \(size) entries", target: "< 1 ms"))
        emit(BenchmarkFigure(name: "ledger.proof.consistency.p50", value: percentile(consistency, 50), unit: "ms at \(size) entries", target: "< 1 ms"))
        emit(BenchmarkFigure(name: "ledger.proof.consistency.p99", value: percentile(consistency, 99), unit: "ms at \(size) entries", target: "< 1 ms"))
    }

    /// Median time to make a rewritten 4 KiB block durable: what each group commit pays,
    /// so that append figures on a busy shared disk can be read against it.
    private static func fdatasyncMilliseconds(path: String) throws -> Double {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw BenchmarkError.cannotProbeDisk }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0x42, count: 4_096)
        var samples: [Double] = []
        for _ in 0..<300 {
            let written = block.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            let clock = Stopwatch()
            guard written == block.count, fdatasync(descriptor) == 0 else { throw BenchmarkError.cannotProbeDisk }
            samples.append(clock.seconds * 1e3)
        }
        return percentile(samples.sorted(), 50)
    }

    private static func rate(count: Int, _ body: () throws -> Void) throws -> Double {
        let clock = Stopwatch()
        for _ in 0..<count { try body() }
        return Double(count) / clock.seconds
    }
}

/// Online cores.
enum ProcessCores {
    static var count: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

func progress(_ text: String) {
    let line = "glocal-bench: \(text)\n"
    _ = line.withCString { write(STDERR_FILENO, $0, strlen($0)) }
}

func temporaryDirectory() throws -> String {
    var template = Array("/tmp/glocal-bench-XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw BenchmarkError.cannotCreateTemporaryDirectory }
    return String(cString: made)
}

func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

/// Why a benchmark could not run.
enum BenchmarkError: Error {
    case cannotCreateTemporaryDirectory
    case cannotListen
    case cannotSetUpTLS
    case cannotProbeDisk
    case cannotSetUpContract
    case cannotBuildFixture(String)
}
