import Ledger

/// Slows and stops password guessing without letting a stranger lock a person out.
///
/// Only failed logins count: an attempt still being checked, or one that succeeded, is held
/// against nobody, so a hall of people behind one address (an investment session's Wi-Fi)
/// signing in at once is never refused. Failures are counted in a sliding window per
/// email and address together, per address, and per email:
///
/// - one email from one address: refused once it reaches `pairLimit`, until the oldest
///   failure leaves the window. Guessing from one place stops.
/// - one address across emails: refused once it reaches `addressLimit`. Trying many
///   accounts from one place stops.
/// - one email from anywhere: never refused. Past `pairLimit` failures each attempt
///   waits — 250 ms, doubling with each further failure, at most 8 s — and the waits of
///   one email are queued one after another, so guesses spread over many addresses slow
///   to one per wait while the right password from a new address still gets in. Only an
///   email whose queue is more than a minute long refuses, as `throttled`.
///
/// A success clears the email's failures (the person proved who they are) and those of its
/// pair, not the address's, which may be shared by an attacker. The counts live in memory:
/// they reset when the node restarts, which is rare, and keeping them out of the database
/// spares a write per failed login. Memory is bounded because each key keeps at most its
/// limit of times and keys whose window has passed are swept away.
actor LoginThrottle {
    static let firstWait: Duration = .milliseconds(250)
    static let longestWait: Duration = .seconds(8)
    static let longestQueue: Duration = .seconds(60)

    private let pairLimit: Int
    private let addressLimit: Int
    private let windowMilliseconds: Int64
    private var byPair: [String: [LedgerTime]] = [:]
    private var byAddress: [String: [LedgerTime]] = [:]
    private var byAccount: [String: [LedgerTime]] = [:]
    /// When the next attempt of an email past its limit may be checked.
    private var nextSlot: [String: Int64] = [:]
    private var failures: UInt64 = 0

    init(accountLimit: Int, addressLimit: Int, window: Duration) {
        self.pairLimit = max(1, accountLimit)
        self.addressLimit = max(1, addressLimit)
        self.windowMilliseconds = window.milliseconds
    }

    /// Refuses with `throttled` when the email from this address, or the address, has
    /// reached its limit; otherwise answers how long the attempt must wait before its
    /// password is checked (zero until the email is past its limit).
    func begin(email: String, address: String, now: LedgerTime) throws(LoginError) -> Duration {
        let pairWait = refusal(&byPair, Self.pair(email, address), limit: pairLimit, now: now)
        let addressWait = refusal(&byAddress, ClientAddress.throttleKey(address), limit: addressLimit, now: now)
        if let longest = [pairWait, addressWait].compactMap({ $0 }).max() {
            throw .throttled(retryAfter: .milliseconds(longest))
        }
        let excess = current(&byAccount, email, now: now) - pairLimit
        guard excess >= 0 else { return .zero }
        let wait = min(Self.firstWait * (1 << min(excess, 10)), Self.longestWait).milliseconds
        let slot = max(now.millisecondsSinceEpoch, nextSlot[email] ?? 0)
        guard slot - now.millisecondsSinceEpoch <= Self.longestQueue.milliseconds else {
            throw .throttled(retryAfter: .milliseconds(slot - now.millisecondsSinceEpoch))
        }
        nextSlot[email] = slot + wait
        return .milliseconds(slot + wait - now.millisecondsSinceEpoch)
    }

    /// The password did not match: the failure counts for the pair, the address and the email.
    func failed(email: String, address: String, now: LedgerTime) {
        failures += 1
        if failures % 1024 == 0 { sweep(now: now) }
        record(now, in: &byPair, Self.pair(email, address), limit: pairLimit)
        record(now, in: &byAddress, ClientAddress.throttleKey(address), limit: addressLimit)
        record(now, in: &byAccount, email, limit: pairLimit + 16)
    }

    /// The password matched: the email and its pair start afresh.
    func succeeded(email: String, address: String) {
        byAccount[email] = nil
        nextSlot[email] = nil
        byPair[Self.pair(email, address)] = nil
    }

    private static func pair(_ email: String, _ address: String) -> String {
        email + " " + ClientAddress.throttleKey(address)
    }

    /// Failures of `key` still in the window, after dropping the older ones.
    private func current(_ table: inout [String: [LedgerTime]], _ key: String, now: LedgerTime) -> Int {
        guard var times = table[key] else { return 0 }
        let start = now.millisecondsSinceEpoch - windowMilliseconds
        times.removeAll { $0.millisecondsSinceEpoch <= start }
        table[key] = times.isEmpty ? nil : times
        return times.count
    }

    /// Milliseconds until `key` may try again, or nil if it may now.
    private func refusal(_ table: inout [String: [LedgerTime]], _ key: String, limit: Int, now: LedgerTime) -> Int64? {
        guard current(&table, key, now: now) >= limit, let oldest = table[key]?.first else { return nil }
        return oldest.millisecondsSinceEpoch - (now.millisecondsSinceEpoch - windowMilliseconds)
    }

    private func record(_ time: LedgerTime, in table: inout [String: [LedgerTime]], _ key: String, limit: Int) {
        var times = table[key] ?? []
        times.append(time)
        if times.count > limit { times.removeFirst(times.count - limit) }
        table[key] = times
    }

    private func sweep(now: LedgerTime) {
        let start = now.millisecondsSinceEpoch - windowMilliseconds
        let recent: ([String: [LedgerTime]]) -> [String: [LedgerTime]] = {
            $0.filter { ($0.value.last?.millisecondsSinceEpoch ?? 0) > start }
        }
        byPair = recent(byPair)
        byAddress = recent(byAddress)
        byAccount = recent(byAccount)
        nextSlot = nextSlot.filter { $0.value > now.millisecondsSinceEpoch }
    }
}
