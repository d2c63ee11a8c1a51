/// Why a JSON text was refused or a value could not be canonicalised.
///
/// Ledger entries are signed over their canonical bytes, so anything that two verifiers might
/// read differently is refused outright rather than repaired; each case says exactly what and
/// where, so the sender can fix it. Offsets count bytes from 0 at the start of the input.
public enum JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input is longer than `JSONLimits.maxBytes`.
    case tooLarge(limit: Int, actual: Int)
    /// Arrays and objects nest deeper than `JSONLimits.maxDepth` at the bracket at `offset`.
    case tooDeep(limit: Int, offset: Int)
    /// The input starts with U+FEFF, which RFC 8259 forbids in JSON text sent between systems.
    case byteOrderMark
    /// The input stops where `expected` was needed.
    case unexpectedEnd(offset: Int, expected: String)
    /// A character that cannot start or continue the expected token.
    case unexpectedCharacter(Unicode.Scalar, offset: Int, expected: String)
    /// Something other than whitespace follows the top-level value.
    case trailingData(offset: Int)
    /// A comma directly before `]` or `}`.
    case trailingComma(offset: Int)
    /// Bytes that are not well-formed UTF-8: overlong, surrogate, beyond U+10FFFF or truncated.
    case invalidUTF8(offset: Int)
    /// A byte below 0x20 inside a string; JSON requires it to be escaped.
    case controlCharacterInString(UInt8, offset: Int)
    /// A backslash not followed by one of the escapes JSON defines.
    case invalidEscape(offset: Int)
    /// A `\u` escape of a UTF-16 surrogate that is not one half of a high–low pair.
    case loneSurrogate(UInt16, offset: Int)
    /// An object names the same key twice (compared byte for byte after unescaping).
    /// `offset` is where the repeat starts, or nil when the object was built in code.
    case duplicateKey(String, offset: Int?)
    /// A number such as `01` or `-00`.
    case leadingZero(offset: Int)
    /// A number that breaks the JSON grammar, such as `-`, `1.` or `1e`.
    case invalidNumber(offset: Int)
    /// An integer beyond ±(2^53 − 1), which JavaScript-based verifiers cannot hold exactly.
    /// `offset` is nil when the value was built in code rather than parsed.
    case integerOutOfRange(literal: String, offset: Int?)
    /// A number with a fraction or exponent whose magnitude overflows a 64-bit float.
    case numberOutOfRange(literal: String, offset: Int)
    /// NaN or an infinity was given to the canonicaliser; JSON has no way to write them.
    case nonFiniteNumber

    public var description: String {
        switch self {
        case let .tooLarge(limit, actual):
            return "input is \(actual) bytes, over the limit of \(limit)"
        case let .tooDeep(limit, offset):
            return "arrays and objects nest deeper than \(limit) levels at byte \(offset)"
        case .byteOrderMark:
            return "input starts with a byte order mark (U+FEFF), which JSON text must not carry"
        case let .unexpectedEnd(offset, expected):
            return "input ends at byte \(offset) where \(expected) was expected"
        case let .unexpectedCharacter(scalar, offset, expected):
            return "unexpected \(Self.describe(scalar)) at byte \(offset), expected \(expected)"
        case let .trailingData(offset):
            return "unexpected data after the JSON value at byte \(offset)"
        case let .trailingComma(offset):
            return "trailing comma at byte \(offset)"
        case let .invalidUTF8(offset):
            return "invalid UTF-8 at byte \(offset)"
        case let .controlCharacterInString(byte, offset):
            return "unescaped control character \(Self.describe(Unicode.Scalar(byte))) in string at byte \(offset)"
        case let .invalidEscape(offset):
            return "invalid escape sequence at byte \(offset)"
        case let .loneSurrogate(unit, offset):
            return "escape \\u\(Self.hex(UInt32(unit)).lowercased()) at byte \(offset) is a lone surrogate, not half of a pair"
        case let .duplicateKey(key, offset?):
            return "duplicate key \(Self.quote(key)) in object at byte \(offset)"
        case let .duplicateKey(key, nil):
            return "duplicate key \(Self.quote(key)) in object"
        case let .leadingZero(offset):
            return "number at byte \(offset) has a leading zero"
        case let .invalidNumber(offset):
            return "malformed number at byte \(offset)"
        case let .integerOutOfRange(literal, offset?):
            return "integer \(literal) at byte \(offset) is outside ±9007199254740991, the range JSON verifiers hold exactly"
        case let .integerOutOfRange(literal, nil):
            return "integer \(literal) is outside ±9007199254740991, the range JSON verifiers hold exactly"
        case let .numberOutOfRange(literal, offset):
            return "number \(literal) at byte \(offset) is too large for a 64-bit float"
        case .nonFiniteNumber:
            return "NaN and infinity have no JSON form"
        }
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        if scalar.value > 0x20, scalar.value < 0x7f {
            return "'\(Character(scalar))'"
        }
        return "U+\(hex(scalar.value))"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Keys come from untrusted input, so they are shown escaped and shortened to stay on one line.
    private static func quote(_ key: String) -> String {
        guard key.unicodeScalars.count > 64 else { return CanonicalJSONWriter.quoted(key) }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: key.unicodeScalars.prefix(64))
        return CanonicalJSONWriter.quoted(String(shown)) + "…"
    }
}
