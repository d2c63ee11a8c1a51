import Ledger

extension LedgerTime {
    func adding(_ duration: Duration) -> LedgerTime {
        LedgerTime(millisecondsSinceEpoch: millisecondsSinceEpoch + duration.milliseconds)
    }

    /// How long after `earlier` this time is (negative when it is before).
    func since(_ earlier: LedgerTime) -> Duration {
        .milliseconds(millisecondsSinceEpoch - earlier.millisecondsSinceEpoch)
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
