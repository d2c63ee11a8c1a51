/// An amount of money in whole kopecks, so that sums and splits are exact and no amount
/// ever passes through floating point. Arithmetic is checked: an overflow gives `nil`
/// instead of stopping the program, because amounts arrive from callers.
public struct Kopecks: Hashable, Comparable, Sendable, Codable {
    public static let zero = Kopecks(0)

    public let value: Int64

    public init(_ value: Int64) {
        self.value = value
    }

    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// The sum, or `nil` if it leaves the range of `Int64`.
    public func adding(_ other: Kopecks) -> Kopecks? {
        let (sum, overflow) = value.addingReportingOverflow(other.value)
        return overflow ? nil : Kopecks(sum)
    }

    /// The difference, or `nil` if it leaves the range of `Int64`.
    public func subtracting(_ other: Kopecks) -> Kopecks? {
        let (difference, overflow) = value.subtractingReportingOverflow(other.value)
        return overflow ? nil : Kopecks(difference)
    }

    public static func < (lhs: Kopecks, rhs: Kopecks) -> Bool { lhs.value < rhs.value }
}
