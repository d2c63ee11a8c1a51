/// A value the registry refuses, naming the field (as it is called in the API) and
/// what is wrong with it, so a person can correct exactly that field. The common refusals
/// are typed (`ValidationRule`), so a page can say them in its own language; `reason` is
/// the English sentence the API answers with.
public struct RegistryValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let field: String
    public let rule: ValidationRule

    public init(field: String, rule: ValidationRule) {
        self.field = field
        self.rule = rule
    }

    /// A refusal of its own kind, said in English only.
    public init(field: String, reason: String) {
        self.init(field: field, rule: .other(reason))
    }

    public var reason: String { rule.english }

    public var description: String { "\(field): \(reason)" }

    /// Two refusals are the same when they name the same field for the same reason, however made.
    public static func == (lhs: RegistryValidationError, rhs: RegistryValidationError) -> Bool {
        lhs.field == rhs.field && lhs.reason == rhs.reason
    }
}

/// What is wrong with a value, with what a person needs to correct it.
public enum ValidationRule: Sendable, Equatable {
    case empty
    case tooLong(maximumCharacters: Int)
    case controlCharacters
    case notADate
    case notAWholeNumber
    case notFound(RecordKind)
    case notAnAmountInRoubles
    case notMoreThanZero
    case beyondMoneyLimit
    case outsideTicket(minimumKopecks: Int64, maximumKopecks: Int64)
    case chooseFromList
    case consentRequired
    case other(String)

    /// The kinds of record a field may name that does not exist.
    public enum RecordKind: String, Sendable {
        case city, member, project
    }

    public var english: String {
        switch self {
        case .empty: "must not be empty"
        case let .tooLong(maximum): "must be at most \(maximum) characters"
        case .controlCharacters: "must not contain control characters"
        case .notADate: "must be a date"
        case .notAWholeNumber: "must be a whole number"
        case let .notFound(kind): "no such \(kind.rawValue)"
        case .notAnAmountInRoubles: "must be an amount in roubles, such as 150 000 or 1 234,50"
        case .notMoreThanZero: "must be more than zero"
        case .beyondMoneyLimit: "must be at most 90 071 992 547 409,91 roubles (2^53 − 1 kopecks)"
        case let .outsideTicket(minimum, maximum):
            "must be within the investor's ticket, \(minimum) to \(maximum) kopecks; update the investor profile to pledge outside it"
        case .chooseFromList: "choose one from the list"
        case .consentRequired: "must agree to the current text of the consent to the processing of personal data"
        case let .other(reason): reason
        }
    }
}

/// A request that contradicts what the registry already holds (a duplicate, an
/// illegal state change), with a sentence saying what.
public struct RegistryConflict: Error, Equatable, Sendable, CustomStringConvertible {
    public let detail: String

    public init(detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}

/// A record the request names that does not exist.
public struct RegistryNotFound: Error, Equatable, Sendable, CustomStringConvertible {
    public let detail: String

    public init(detail: String) {
        self.detail = detail
    }

    public var description: String { detail }
}
