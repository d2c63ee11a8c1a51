import Dispatch
import Ledger

/// Runs scrypt for accounts: off Swift's cooperative pool, a few at a time, with a
/// bounded queue.
///
/// One derivation at OWASP's parameters holds a thread for a few tenths of a second
/// and 128 MiB of memory. Run on the cooperative pool, a handful of logins would stall
/// every other task of the server; run without a bound, a burst of logins would
/// exhaust memory. So at most `concurrent` derivations run at once, on a Dispatch
/// queue, and at most `queued` more wait; beyond that a check is refused as
/// `LoginError.overloaded`.
actor PasswordHasher {
    let parameters: ScryptParameters
    private let concurrent: Int
    private let queued: Int
    private var running = 0
    /// How many derivations have started: a measure of the scrypt work logins cost.
    private(set) var derivations = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let queue = DispatchQueue(label: "glocal.password-hashing", qos: .userInitiated, attributes: .concurrent)

    init(parameters: ScryptParameters, concurrent: Int, queued: Int) {
        self.parameters = parameters
        self.concurrent = max(1, concurrent)
        self.queued = max(0, queued)
    }

    /// A new hash of `password` at the current parameters.
    func hash(_ password: String) async throws -> PasswordHash {
        let bytes = Array(password.utf8)
        let parameters = parameters
        return try await run { try PasswordHash.derive(password: bytes, parameters: parameters) }
    }

    /// True when `password` matches `stored`; with no stored hash, checks a decoy at the
    /// current parameters and answers false, taking as long as a real check.
    func verify(_ password: String, against stored: PasswordHash?) async throws -> Bool {
        let bytes = Array(password.utf8)
        let target = try stored ?? PasswordHash.decoy(parameters: parameters)
        let matches = try await run { try target.matches(bytes) }
        return matches && stored != nil
    }

    private func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        if running < concurrent {
            running += 1
        } else {
            guard waiting.count < queued else { throw LoginError.overloaded }
            await withCheckedContinuation { waiting.append($0) }
        }
        defer { release() }
        derivations += 1
        return try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Hands the slot to the longest waiter, or frees it.
    private func release() {
        if waiting.isEmpty {
            running -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
