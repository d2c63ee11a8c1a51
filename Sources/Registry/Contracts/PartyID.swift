/// Names a party to a contract in terms, events and balances: a member (`mem_…`), a city
/// (`cty_…`), `union` for the Union itself, or `town_fund:<city id>` for a town's
/// development fund. Opaque ids only, never names, so that contract events can go into the
/// immutable ledger without personal data.
///
/// Ordered by UTF-8 bytes, which is the tie-break order of every allocation. Encoded as its
/// text and decoded only through `init?(rawValue:)`, like every registry id.
public struct PartyID: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    public static let union = PartyID(unchecked: "union")

    public let rawValue: String

    /// Accepts 1 to 80 bytes of lowercase ASCII letters, digits, `_` and `:`.
    public init?(rawValue: String) {
        let bytes = rawValue.utf8
        guard (1...80).contains(bytes.count), bytes.allSatisfy(Self.isAllowed) else { return nil }
        self.rawValue = rawValue
    }

    init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    /// Reads the party's text; text that is no party id is a `DecodingError` at the
    /// decoder's coding path that says what a party id is.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let party = PartyID(rawValue: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a party id (mem_…, cty_…, union or town_fund:cty_…).")
        }
        self = party
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The development fund of the town `city` (a city id).
    public static func townFund(_ city: String) -> PartyID? {
        PartyID(rawValue: "town_fund:" + city)
    }

    public var description: String { rawValue }

    public static func < (lhs: PartyID, rhs: PartyID) -> Bool {
        lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
    }

    private static func isAllowed(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":")
    }
}
