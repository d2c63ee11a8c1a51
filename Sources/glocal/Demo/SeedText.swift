import Ledger
import Registry

/// A value written in the seeds as text and checked while the JSON is read, so a mistyped
/// date or time names its place in the file rather than failing half-way through loading.
struct SeedText<Parsed: SeedTextParsable>: Decodable, Sendable {
    let value: Parsed

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let parsed = Parsed(seedText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not \(Parsed.seedFormat)"))
        }
        value = parsed
    }
}

/// What the seeds may write as text: how to read it, and the form to name when it is wrong.
protocol SeedTextParsable: Sendable {
    init?(seedText: String)
    static var seedFormat: String { get }
}

/// A calendar day written as `YYYY-MM-DD`.
typealias SeedDate = SeedText<CalendarDate>
/// A moment written as a UTC RFC 3339 time (`2026-11-24T07:00:00.000Z`).
typealias SeedTime = SeedText<LedgerTime>

extension CalendarDate: SeedTextParsable {
    init?(seedText: String) { self.init(rfc3339: seedText) }
    static var seedFormat: String { "a date as YYYY-MM-DD" }
}

extension LedgerTime: SeedTextParsable {
    init?(seedText: String) { self.init(rfc3339: seedText) }
    static var seedFormat: String { "a UTC time such as 2026-11-24T07:00:00.000Z" }
}
