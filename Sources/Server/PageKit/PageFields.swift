import Ledger
import Registry

/// How a page form's typed text becomes the registry's values: money as people write it
/// (`1 234 567,89`, spaces and a comma or point for kopecks) and the ids of members and
/// projects.
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

    /// The member a field names; refuses a missing field or one that is not a member id.
    static func memberID(_ text: String?, field: String) throws -> MemberID {
        guard let id = text.flatMap(MemberID.init(rawValue:)) else { throw RegistryValidationError(field: field, rule: .notAnID(.member)) }
        return id
    }

    /// The project a field names; refuses a missing field or one that is not a project id.
    static func projectID(_ text: String?, field: String = "project_id") throws -> ProjectID {
        guard let id = text.flatMap(ProjectID.init(rawValue:)) else { throw RegistryValidationError(field: field, rule: .notAnID(.project)) }
        return id
    }
}
