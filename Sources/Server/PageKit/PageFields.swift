import Ledger
import Registry

/// How a page form's typed text becomes the registry's values: money as people write it
/// (`1 234 567,89`, spaces and a comma or point for kopecks), and ids, codes and dates as
/// the API reads them.
/// Refusals name the form field, so the page shows them beside it.
enum PageFields {
    /// Roubles as typed, with up to two digits of kopecks, as a positive amount in kopecks.
    static func roubles(_ text: String?, field: String) throws -> Kopecks {
        let typed = (text ?? "").filter { !$0.isWhitespace && $0 != "\u{00A0}" }
        let parts = typed.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) }
        let refusal = RegistryValidationError(field: field, rule: .notAnAmountInRoubles)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty,
              whole.allSatisfy({ $0.isASCII && $0.isNumber }), let roubles = Int64(whole), roubles <= Int64.max / 100 - 1 else {
            throw refusal
        }
        var kopecks: Int64 = 0
        if parts.count == 2 {
            let fraction = parts[1]
            guard (1...2).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(fraction) else {
                throw refusal
            }
            kopecks = fraction.count == 1 ? value * 10 : value
        }
        let total = roubles * 100 + kopecks
        guard total > 0 else { throw RegistryValidationError(field: field, rule: .notMoreThanZero) }
        guard total <= JSONValue.largestExactInteger else {
            throw RegistryValidationError(field: field, rule: .beyondMoneyLimit)
        }
        return Kopecks(total)
    }

    /// Words typed separated by commas (directions, competencies, needs), as a list.
    static func tags(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The value a field names (an id, a code, a date), read as `FieldTextDecoder` reads it,
    /// so a form refuses what the API refuses, beside the field and in the page's language:
    /// an id or a code not on the form's list, a day that is no date, a party that is none.
    /// A missing field is read as empty text.
    static func value<Value: Decodable>(_ text: String?, field: String, as type: Value.Type = Value.self) throws -> Value {
        do {
            return try FieldTextDecoder.decode(Value.self, from: text ?? "", field: field)
        } catch let refusal as APIError {
            switch Value.self {
            case is any RegistryCode.Type, is any PrefixedID.Type: throw RegistryValidationError(field: field, rule: .chooseFromList)
            case is PartyID.Type: throw RegistryValidationError(field: field, rule: .notAnID(.party))
            case is CalendarDate.Type: throw RegistryValidationError(field: field, rule: .notADate)
            default: throw refusal
            }
        }
    }

    /// The record a form's hidden field names (the one its button acts on), as `find` finds
    /// it. As for a record named in a path, text that is no id and an id `find` finds nothing
    /// for are the same 404 with `detail`.
    static func record<ID: Decodable, Record>(_ text: String?, field: String, notFound detail: String,
                                              find: (ID) async throws -> Record?) async throws -> Record {
        guard let id = try? value(text, field: field, as: ID.self), let record = try await find(id) else {
            throw APIError.notFound(detail: detail)
        }
        return record
    }
}
