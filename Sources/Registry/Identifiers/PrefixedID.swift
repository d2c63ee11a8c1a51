import Ledger

/// The shape of every identifier the registry hands out: a short prefix naming the
/// kind (`acc_`, `ses_`, `tok_`) and 16 random bytes in lowercase hex.
///
/// Random rather than sequential so that an identifier reveals neither how many
/// records exist nor which one comes next, and the prefix lets a reader of logs or
/// the API tell kinds apart. The alphabet also satisfies `OpaqueID`, so the same
/// identifier may later stand for its holder in ledger entries.
///
/// An identifier is written as its text wherever it is encoded, and read back only
/// through `init?(rawValue:)`: whatever decodes one (a JSON body, a query parameter, a
/// form field) refuses text of another shape with the same words.
public protocol PrefixedID: RawRepresentable, Hashable, Sendable, CustomStringConvertible, Codable where RawValue == String {
    static var prefix: String { get }
    init(unchecked rawValue: String)
}

extension PrefixedID {
    /// Accepts only the prefix followed by 32 lowercase hex digits.
    public init?(rawValue: String) {
        guard rawValue.hasPrefix(Self.prefix) else { return nil }
        let digits = rawValue.dropFirst(Self.prefix.count)
        guard digits.utf8.count == 32, Hex.isLowercase(String(digits)) else { return nil }
        self.init(unchecked: rawValue)
    }

    /// Reads the identifier's text; text of another shape is a `DecodingError` at the
    /// decoder's coding path that says what the text should be.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let id = Self(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not an id of the form \(Self.prefix) and 32 lowercase hex digits.")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    static func generate() throws -> Self {
        Self(unchecked: Self.prefix + Hex.encode(try SecureRandom.bytes(16)))
    }

    public var description: String { rawValue }
}
