import Ledger

/// The shape of every identifier the registry hands out: a short prefix naming the
/// kind (`acc_`, `ses_`, `tok_`) and 16 random bytes in lowercase hex.
///
/// Random rather than sequential so that an identifier reveals neither how many
/// records exist nor which one comes next, and the prefix lets a reader of logs or
/// the API tell kinds apart. The alphabet also satisfies `OpaqueID`, so the same
/// identifier may later stand for its holder in ledger entries.
public protocol PrefixedID: RawRepresentable, Hashable, Sendable, CustomStringConvertible where RawValue == String {
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

    static func generate() throws -> Self {
        Self(unchecked: Self.prefix + Hex.encode(try SecureRandom.bytes(16)))
    }

    public var description: String { rawValue }
}
