import Dispatch
import Ledger

/// `glocal-bench scrypt`: what one password check costs at the accounts' default
/// parameters (OWASP's N=2^17, r=8, p=1), alone and two at a time.
enum ScryptBenchmark {
    static func run(emit: @Sendable (BenchmarkFigure) -> Void) throws {
        let parameters = ScryptParameters.owaspMinimum
        let password = Array("correct horse battery staple".utf8)
        let salt = try SecureRandom.bytes(16)
        var seconds: [Double] = []
        for _ in 0..<5 {
            let clock = Stopwatch()
            _ = try Scrypt.derive(password: password, salt: salt, parameters: parameters, length: 32)
            seconds.append(clock.seconds)
        }
        seconds.sort()
        emit(BenchmarkFigure(name: "scrypt.owasp.hash", value: percentile(seconds, 50) * 1000,
                             unit: "ms per hash (median of 5, \(parameters.memoryBytes >> 20) MiB)", target: "100…1000 ms"))
        let clock = Stopwatch()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            _ = try? Scrypt.derive(password: password, salt: salt, parameters: parameters, length: 32)
        }
        emit(BenchmarkFigure(name: "scrypt.owasp.parallel", value: 4 / clock.seconds, unit: "hashes/s (4 hashes, all cores)"))
    }
}
