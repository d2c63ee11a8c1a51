import Ledger

/// Counts failed logins per email and per client address in a sliding window, and
/// refuses further attempts once either count reaches its limit, until the oldest
/// counted failure leaves the window.
///
/// An attempt is counted as a failure when it begins and withdrawn if it succeeds, so
/// that concurrent attempts cannot all slip past the limit while their passwords are
/// being checked. A success clears the email's count (the person proved who they
/// are) but not the address's, which may be shared by an attacker.
///
/// The counts live in memory: they reset when the node restarts, which is rare, and
/// keeping them out of the database spares a write per failed login. Memory is bounded
/// because each key keeps at most `limit` times and keys whose window has passed are
/// swept away.
actor LoginThrottle {
    /// One attempt in progress, to be reported back as success or withdrawn.
    struct Attempt: Sendable {
        let number: UInt64
        let accountKey: String
        let addressKey: String
    }

    private struct Failure {
        let attempt: UInt64
        let time: LedgerTime
    }

    private let accountLimit: Int
    private let addressLimit: Int
    private let windowMilliseconds: Int64
    private var byAccount: [String: [Failure]] = [:]
    private var byAddress: [String: [Failure]] = [:]
    private var attempts: UInt64 = 0

    init(accountLimit: Int, addressLimit: Int, window: Duration) {
        self.accountLimit = max(1, accountLimit)
        self.addressLimit = max(1, addressLimit)
        self.windowMilliseconds = window.milliseconds
    }

    /// Refuses with `throttled` when either key has reached its limit; otherwise counts
    /// the attempt as a failure until told otherwise.
    func begin(email: String, address: String, now: LedgerTime) throws(LoginError) -> Attempt {
        let accountKey = email
        let addressKey = ClientAddress.throttleKey(address)
        let accountWait = wait(&byAccount, accountKey, limit: accountLimit, now: now)
        let addressWait = wait(&byAddress, addressKey, limit: addressLimit, now: now)
        if let longest = [accountWait, addressWait].compactMap({ $0 }).max() {
            throw .throttled(retryAfter: .milliseconds(longest))
        }
        attempts += 1
        if attempts % 1024 == 0 { sweep(now: now) }
        let failure = Failure(attempt: attempts, time: now)
        record(failure, in: &byAccount, accountKey, limit: accountLimit)
        record(failure, in: &byAddress, addressKey, limit: addressLimit)
        return Attempt(number: attempts, accountKey: accountKey, addressKey: addressKey)
    }

    /// The password matched: the email starts afresh and the attempt is not held
    /// against the address.
    func succeeded(_ attempt: Attempt) {
        byAccount[attempt.accountKey] = nil
        remove(attempt.number, from: &byAddress, attempt.addressKey)
    }

    /// The attempt ended without an answer about the password (the server was busy or
    /// failed): it counts against neither key.
    func withdraw(_ attempt: Attempt) {
        remove(attempt.number, from: &byAccount, attempt.accountKey)
        remove(attempt.number, from: &byAddress, attempt.addressKey)
    }

    /// Milliseconds until the key may try again, or nil if it may now. Drops failures
    /// that have left the window.
    private func wait(_ table: inout [String: [Failure]], _ key: String, limit: Int, now: LedgerTime) -> Int64? {
        guard var failures = table[key] else { return nil }
        let start = now.millisecondsSinceEpoch - windowMilliseconds
        failures.removeAll { $0.time.millisecondsSinceEpoch <= start }
        table[key] = failures.isEmpty ? nil : failures
        guard failures.count >= limit, let oldest = failures.first else { return nil }
        return oldest.time.millisecondsSinceEpoch - start
    }

    private func record(_ failure: Failure, in table: inout [String: [Failure]], _ key: String, limit: Int) {
        var failures = table[key] ?? []
        failures.append(failure)
        if failures.count > limit { failures.removeFirst(failures.count - limit) }
        table[key] = failures
    }

    private func remove(_ attempt: UInt64, from table: inout [String: [Failure]], _ key: String) {
        guard var failures = table[key] else { return }
        failures.removeAll { $0.attempt == attempt }
        table[key] = failures.isEmpty ? nil : failures
    }

    private func sweep(now: LedgerTime) {
        let start = now.millisecondsSinceEpoch - windowMilliseconds
        byAccount = byAccount.filter { ($0.value.last?.time.millisecondsSinceEpoch ?? 0) > start }
        byAddress = byAddress.filter { ($0.value.last?.time.millisecondsSinceEpoch ?? 0) > start }
    }
}
