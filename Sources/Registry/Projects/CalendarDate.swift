import Ledger

/// A day without a time of day, as RFC 3339 writes it (`full-date`, `2026-05-31`): when
/// a milestone is due or a town adopted a project. Its text sorts in date order.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rfc3339: String

    /// Accepts exactly `YYYY-MM-DD` naming a real day from 1970 to 9999.
    public init?(rfc3339 text: String) {
        guard text.utf8.count == 10, LedgerTime(rfc3339: text + "T00:00:00.000Z") != nil else { return nil }
        rfc3339 = text
    }

    /// The day (in UTC) on which `time` falls.
    public init(_ time: LedgerTime) {
        rfc3339 = String(time.rfc3339.prefix(10))
    }

    public var description: String { rfc3339 }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool { lhs.rfc3339 < rhs.rfc3339 }
}
