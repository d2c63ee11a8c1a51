import Ledger

/// What is wrong with a value, with what a person needs to correct it (the limits, the
/// amount it must add up to, the choices there are). Each case has a stable code and an
/// English sentence; pages say it in their reader's language from the case.
public enum ValidationRule: Sendable, Equatable {
    case empty
    case tooLong(maximumCharacters: Int)
    case controlCharacters
    case multipleLines
    case notADate
    case notAWholeNumber
    case notInRange(minimum: Int64, maximum: Int64, unit: Unit)
    case negative
    case inTheFuture
    case endsBeforeStart
    case belowMinimum
    case overlapsPreviousPitch(endsAt: LedgerTime)
    case notFound(RecordKind)
    case notAnID(RecordKind)
    case notAdmitted
    case notAFacilitator
    case usedTwice
    case tooFew(minimum: Int)
    case tooMany(maximum: Int)
    case notAnAmountInRoubles
    case notMoreThanZero
    case beyondMoneyLimit
    case sumMismatch(expected: Int64, actual: Int64, unit: Unit)
    case outsideTicket(minimumKopecks: Int64, maximumKopecks: Int64)
    case chooseFromList
    case notOneOf([String])
    case consentRequired
    case notAnEmailAddress
    case notAPhoneNumber
    case notACode(maximumCharacters: Int)
    case scaleNotUpwards(maximum: Int)
    case unknownCursor
    case exportOnly
    case representativeRequired
    case representativeRefused
    case onlyChallengeTakesOtherNodesTowns
    case personCannotBeLicensee
    case optionNeedsProject
    case unionOptionRequired
    case attestersDiffer
    case needsOneLead(found: Int)
    case alsoOnLine(Int)
    case alreadyRegistered
    case emptyFile(columns: [String])
    case unknownColumn(columns: [String])
    case missingColumn
    case wrongFieldCount(found: Int, expected: Int)
    case unreadableCSV(CSVError)
    case notASignature
    case notASHA256

    /// What a range's or a sum's numbers count.
    public enum Unit: String, Sendable {
        case number, hours, minutes, kopecks
        case shareUnits = "share units"
    }

    public var code: String {
        switch self {
        case .empty: "empty"
        case .tooLong: "too-long"
        case .controlCharacters: "control-characters"
        case .multipleLines: "multiple-lines"
        case .notADate: "not-a-date"
        case .notAWholeNumber: "not-a-whole-number"
        case .notInRange: "out-of-range"
        case .negative: "negative"
        case .inTheFuture: "in-the-future"
        case .endsBeforeStart: "ends-before-start"
        case .belowMinimum: "below-minimum"
        case .overlapsPreviousPitch: "overlaps-previous-pitch"
        case .notFound: "not-found"
        case .notAnID: "not-an-id"
        case .notAdmitted: "not-admitted"
        case .notAFacilitator: "not-a-facilitator"
        case .usedTwice: "used-twice"
        case .tooFew: "too-few"
        case .tooMany: "too-many"
        case .notAnAmountInRoubles: "not-an-amount"
        case .notMoreThanZero: "not-more-than-zero"
        case .beyondMoneyLimit: "beyond-money-limit"
        case .sumMismatch: "sum-mismatch"
        case .outsideTicket: "outside-ticket"
        case .chooseFromList, .notOneOf: "not-one-of-the-choices"
        case .consentRequired: "consent-required"
        case .notAnEmailAddress: "not-an-email-address"
        case .notAPhoneNumber: "not-a-phone-number"
        case .notACode: "not-a-code"
        case .scaleNotUpwards: "scale-not-upwards"
        case .unknownCursor: "unknown-cursor"
        case .exportOnly: "export-only"
        case .representativeRequired: "representative-required"
        case .representativeRefused: "representative-refused"
        case .onlyChallengeTakesOtherNodesTowns: "only-challenge-takes-other-nodes-towns"
        case .personCannotBeLicensee: "person-cannot-be-licensee"
        case .optionNeedsProject: "option-needs-project"
        case .unionOptionRequired: "union-option-required"
        case .attestersDiffer: "attesters-differ"
        case .needsOneLead: "needs-one-lead"
        case .alsoOnLine: "also-on-another-line"
        case .alreadyRegistered: "already-registered"
        case .emptyFile: "empty-file"
        case .unknownColumn: "unknown-column"
        case .missingColumn: "missing-column"
        case .wrongFieldCount: "wrong-field-count"
        case .unreadableCSV: "unreadable-csv"
        case .notASignature: "not-a-signature"
        case .notASHA256: "not-a-sha256"
        }
    }

    public var english: String {
        switch self {
        case .empty: "must not be empty"
        case let .tooLong(maximum): "must be at most \(maximum) characters"
        case .controlCharacters: "must not contain control characters"
        case .multipleLines: "must be a single line"
        case .notADate: "must be a date"
        case .notAWholeNumber: "must be a whole number"
        case let .notInRange(minimum, maximum, unit):
            unit == .number ? "must be a whole number from \(minimum) to \(maximum)" : "must be from \(minimum) to \(maximum) \(unit.rawValue)"
        case .negative: "must not be negative"
        case .inTheFuture: "must not be in the future"
        case .endsBeforeStart: "must not be before the start"
        case .belowMinimum: "must not be less than the minimum"
        case let .overlapsPreviousPitch(endsAt): "must not be before the previous pitch ends (\(endsAt.rfc3339))"
        case let .notFound(kind): "no such \(kind.rawValue)"
        case let .notAnID(kind): "is not a \(kind.rawValue) id"
        case .notAdmitted: "is not an admitted member of the Union"
        case .notAFacilitator: "is not in the registry of facilitators"
        case .usedTwice: "names the same thing twice"
        case let .tooFew(minimum): "must name at least \(minimum)"
        case let .tooMany(maximum): "must name at most \(maximum)"
        case .notAnAmountInRoubles: "must be an amount in roubles, such as 150 000 or 1 234,50"
        case .notMoreThanZero: "must be more than zero"
        case .beyondMoneyLimit: "must be at most 90 071 992 547 409,91 roubles (2^53 − 1 kopecks)"
        case let .sumMismatch(expected, actual, unit): "must sum to \(expected) \(unit.rawValue), not \(actual)"
        case let .outsideTicket(minimum, maximum):
            "must be within the investor's ticket, \(minimum) to \(maximum) kopecks; update the investor profile to pledge outside it"
        case .chooseFromList: "choose one from the list"
        case let .notOneOf(choices): "must be one of: " + choices.joined(separator: ", ")
        case .consentRequired: "must agree to the current text of the consent to the processing of personal data"
        case .notAnEmailAddress: "is not an email address"
        case .notAPhoneNumber: "must be 5 to 15 digits, optionally with + - ( ) and spaces"
        case let .notACode(maximum): "must be 1–\(maximum) of a–z, 0–9 and _"
        case let .scaleNotUpwards(maximum): "the scale must run upwards, within 0…\(maximum)"
        case .unknownCursor: "is not a cursor this listing gave out"
        case .exportOnly: "is export only"
        case .representativeRequired: "must name the member who acts for each city, organisation or fund"
        case .representativeRefused: "names a representative for a party that acts for itself"
        case .onlyChallengeTakesOtherNodesTowns: "is a town of another node, which only a Challenge takes"
        case .personCannotBeLicensee: "must be a city or an organisation, not a person"
        case .optionNeedsProject: "an option agreement names the project whose cap table holds its grant"
        case .unionOptionRequired: "must be true: this grant is the Union's option"
        case .attestersDiffer: "must all name the same attesters: a tranche contract has one set of attesters for every milestone"
        case let .needsOneLead(found): "must have exactly one lead, not \(found)"
        case let .alsoOnLine(line): "is also on line \(line)"
        case .alreadyRegistered: "is already registered"
        case let .emptyFile(columns): "is empty; the first line must name the columns: " + columns.joined(separator: ",")
        case let .unknownColumn(columns): "unknown column; the columns are " + columns.joined(separator: ", ")
        case .missingColumn: "required column is missing"
        case let .wrongFieldCount(found, expected): "has \(found) fields, the header has \(expected)"
        case let .unreadableCSV(error): error.reason
        case .notASignature: "must be the 128 hex digits of an Ed25519 signature"
        case .notASHA256: "must be the 64 hex digits of a SHA-256"
        }
    }
}
