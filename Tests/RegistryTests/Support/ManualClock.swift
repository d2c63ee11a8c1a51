import Ledger
import Synchronization

/// A clock that moves only when a test says so, so expiry and throttling windows are
/// tested without sleeping.
final class ManualClock: Sendable {
    private let milliseconds: Mutex<Int64>

    /// 2026-03-01T09:00:00Z.
    init(start: Int64 = 1_772_355_600_000) {
        milliseconds = Mutex(start)
    }

    var now: LedgerTime {
        LedgerTime(millisecondsSinceEpoch: milliseconds.withLock { $0 })
    }

    func advance(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        milliseconds.withLock { $0 += seconds * 1000 + attoseconds / 1_000_000_000_000_000 }
    }

    var function: @Sendable () -> LedgerTime {
        { self.now }
    }
}
