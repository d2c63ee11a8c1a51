/// An amount of roubles in kopecks (minor units), so that money never passes through
/// floating point and sums stay exact. Arithmetic is checked: an overflow gives `nil`
/// rather than a wrong amount or a trap.
public struct Kopecks: Hashable, Comparable, Sendable, Codable {
    public let value: Int64

    public init(_ value: Int64) {
        self.value = value
    }

    public static let zero = Kopecks(0)

    public static func < (lhs: Kopecks, rhs: Kopecks) -> Bool { lhs.value < rhs.value }

    /// The sum, or `nil` when it does not fit in 64 bits.
    public static func + (lhs: Kopecks, rhs: Kopecks) -> Kopecks? {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        return overflow ? nil : Kopecks(sum)
    }

    /// The difference, or `nil` when it does not fit in 64 bits.
    public static func - (lhs: Kopecks, rhs: Kopecks) -> Kopecks? {
        let (difference, overflow) = lhs.value.subtractingReportingOverflow(rhs.value)
        return overflow ? nil : Kopecks(difference)
    }
}
