/// A holder's part of an IP asset in integer units, so that parts add up exactly:
/// `ShareUnits.whole` (10 000 units) is 100 %, one unit is 0.01 %. Encoded as the bare number.
public struct ShareUnits: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
    /// The sum every split of an asset must reach exactly.
    public static let whole = ShareUnits(10_000)

    public let value: Int

    public init(_ value: Int) {
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public var description: String { String(value) }

    public static func < (lhs: ShareUnits, rhs: ShareUnits) -> Bool { lhs.value < rhs.value }
}
