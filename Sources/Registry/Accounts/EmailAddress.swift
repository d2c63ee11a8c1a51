/// An email address as accounts store it: trimmed, lowercased and of a plausible
/// shape, so that one mailbox has one spelling and the unique index can hold.
///
/// Only ASCII is accepted. Internationalised domains must be given in their ASCII
/// (punycode) form, e.g. `xn--p1ai` for `.рф`; accepting Unicode would need
/// normalisation first, or two spellings of one address could both register.
public struct EmailAddress: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public static let maximumBytes = 254

    public init(_ text: String) throws(AccountsError) {
        let normalised = Self.normalise(text)
        if let reason = Self.problem(with: normalised) { throw .invalidEmail(reason: reason) }
        rawValue = normalised
    }

    /// Trimmed and lowercased, with no check of shape: the key login throttling and
    /// lookup use for whatever a person typed.
    static func normalise(_ text: String) -> String {
        String(text.trimmingWhitespace().lowercased().prefix(maximumBytes + 1))
    }

    init(stored: String) {
        rawValue = stored
    }

    public var description: String { rawValue }

    private static func problem(with address: String) -> String? {
        guard !address.isEmpty else { return "must not be empty" }
        guard address.utf8.count <= maximumBytes else { return "must be at most \(maximumBytes) characters" }
        guard address.utf8.allSatisfy({ $0 < 0x80 }) else {
            return "must be ASCII; write an internationalised domain in its xn-- form"
        }
        let parts = address.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return "must contain exactly one @" }
        return localPartProblem(parts[0]) ?? domainProblem(parts[1])
    }

    private static let localSymbols = Set("!#$%&'*+/=?^_`{|}~.-".utf8)

    private static func localPartProblem(_ local: Substring) -> String? {
        guard (1...64).contains(local.utf8.count) else { return "the part before @ must be 1 to 64 characters" }
        guard local.utf8.allSatisfy({ isLetterOrDigit($0) || localSymbols.contains($0) }) else {
            return "the part before @ contains a character not allowed in an address"
        }
        guard !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..") else {
            return "the part before @ must not start or end with a dot or contain two dots in a row"
        }
        return nil
    }

    private static func domainProblem(_ domain: Substring) -> String? {
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard domain.utf8.count <= 253, labels.count >= 2 else { return "the domain must have at least two parts, like example.org" }
        for label in labels {
            guard (1...63).contains(label.utf8.count),
                  label.utf8.allSatisfy({ isLetterOrDigit($0) || $0 == UInt8(ascii: "-") }),
                  !label.hasPrefix("-"), !label.hasSuffix("-")
            else { return "the domain \"\(domain)\" is not a valid host name" }
        }
        guard let top = labels.last, !top.utf8.allSatisfy({ (48...57).contains($0) }) else {
            return "the domain must end in a name, not a number"
        }
        return nil
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (97...122).contains(byte)
    }
}
