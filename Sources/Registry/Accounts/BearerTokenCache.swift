import Ledger
import Synchronization

/// Remembers, for a few seconds, which account a bearer secret (by its SHA-256)
/// belongs to, so an API client's requests do not each cost two database reads. Any
/// change to tokens or roles made through `Accounts` empties it at once; `lifetime`
/// bounds how long a change made by another process (the command line) can go unseen.
final class BearerTokenCache: Sendable {
    private struct Entry {
        let account: Account
        let expires: LedgerTime
    }

    private let entries = Mutex<[[UInt8]: Entry]>([:])
    let lifetime: Duration
    /// Beyond this many secrets the cache starts over rather than grow.
    static let capacity = 10_000

    init(lifetime: Duration) {
        self.lifetime = lifetime
    }

    func account(forDigest digest: [UInt8], now: LedgerTime) -> Account? {
        entries.withLock { entries in
            guard let entry = entries[digest] else { return nil }
            guard entry.expires > now else {
                entries[digest] = nil
                return nil
            }
            return entry.account
        }
    }

    func remember(_ account: Account, forDigest digest: [UInt8], now: LedgerTime) {
        entries.withLock { entries in
            if entries.count >= Self.capacity { entries.removeAll() }
            entries[digest] = Entry(account: account, expires: now.adding(lifetime))
        }
    }

    func forgetAll() {
        entries.withLock { $0.removeAll() }
    }
}
