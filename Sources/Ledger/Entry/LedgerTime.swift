import Glibc

/// An instant in UTC with millisecond precision, written as RFC 3339
/// `YYYY-MM-DDTHH:MM:SS.mmmZ` — the only form an entry's `time` may take, so that
/// one instant has one spelling and canonical bytes stay canonical. Encoded as that text
/// and decoded only through `init?(rfc3339:)`.
public struct LedgerTime: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public let millisecondsSinceEpoch: Int64

    /// Years 1970…9999: the four-digit range RFC 3339 can spell.
    public static let latest = LedgerTime(millisecondsSinceEpoch: 253_402_300_799_999)

    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The current wall-clock time.
    public static func now() -> LedgerTime {
        var spec = timespec()
        clock_gettime(CLOCK_REALTIME, &spec)
        return LedgerTime(millisecondsSinceEpoch: Int64(spec.tv_sec) * 1000 + Int64(spec.tv_nsec) / 1_000_000)
    }

    public var description: String { rfc3339 }

    public var rfc3339: String {
        let millis = millisecondsSinceEpoch
        let days = millis >= 0 ? millis / 86_400_000 : (millis - 86_399_999) / 86_400_000
        let dayMillis = millis - days * 86_400_000
        let (year, month, day) = Self.civil(fromDays: days)
        let seconds = dayMillis / 1000
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T"
            + pad(seconds / 3600, 2) + ":" + pad(seconds / 60 % 60, 2) + ":" + pad(seconds % 60, 2)
            + "." + pad(dayMillis % 1000, 3) + "Z"
    }

    /// Parses exactly the form `rfc3339` writes; refuses every other spelling.
    public init?(rfc3339 text: String) {
        let b = Array(text.utf8)
        guard b.count == 24, b[4] == 45, b[7] == 45, b[10] == 84, b[13] == 58, b[16] == 58, b[19] == 46, b[23] == 90 else {
            return nil
        }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for index in range {
                guard (48...57).contains(b[index]) else { return nil }
                value = value * 10 + Int64(b[index] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              let milli = number(20..<23),
              year >= 1970, (1...12).contains(month), hour < 24, minute < 60, second < 60,
              (1...Self.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        let days = Self.days(fromCivil: year, month, day)
        millisecondsSinceEpoch = ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
    }

    /// Reads the instant's RFC 3339 text; any other spelling is a `DecodingError` at the
    /// decoder's coding path that shows the one form accepted.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = LedgerTime(rfc3339: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a UTC time of the form 2026-12-01T10:00:00.000Z.")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rfc3339)
    }

    public static func < (lhs: LedgerTime, rhs: LedgerTime) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    private static func daysIn(month: Int64, year: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since the epoch for a proleptic Gregorian date (Howard Hinnant's algorithm);
    /// calendar arithmetic on dates (a road map's steps) counts with it too.
    public static func days(fromCivil year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The proleptic Gregorian date (year, month, day) `days` days after the epoch.
    public static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
