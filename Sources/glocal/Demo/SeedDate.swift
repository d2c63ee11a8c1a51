import Ledger
import Registry

/// A calendar day written in the seeds as `YYYY-MM-DD`, checked while the JSON is read so
/// a mistyped date names its place in the file rather than failing half-way through loading.
struct SeedDate: Decodable, Sendable {
    let value: CalendarDate

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDate(rfc3339: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a date as YYYY-MM-DD"))
        }
        value = day
    }
}

/// A moment written in the seeds as a UTC RFC 3339 time (`2026-11-24T07:00:00.000Z`),
/// checked while the JSON is read like `SeedDate`.
struct SeedTime: Decodable, Sendable {
    let value: LedgerTime

    init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = LedgerTime(rfc3339: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "'\(text)' is not a UTC time such as 2026-11-24T07:00:00.000Z"))
        }
        value = time
    }
}
