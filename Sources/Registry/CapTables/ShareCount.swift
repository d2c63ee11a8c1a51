/// A whole number of share units, never negative. Cap-table units are not the 10 000-unit
/// splits of an IP asset (`ShareUnits`): a class can have any number of them.
public struct ShareCount: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public let value: Int64

    /// `nil` for a negative count.
    public init?(_ value: Int64) {
        guard value >= 0 else { return nil }
        self.value = value
    }

    init(unchecked value: Int64) {
        self.value = value
    }

    /// A negative literal is a programming error and stops the program.
    public init(integerLiteral value: Int64) {
        precondition(value >= 0, "a share count cannot be negative")
        self.value = value
    }

    public static let zero = ShareCount(unchecked: 0)

    public var description: String { String(value) }

    public static func < (lhs: ShareCount, rhs: ShareCount) -> Bool { lhs.value < rhs.value }

    /// The sum, or `nil` when it does not fit in 64 bits.
    public static func + (lhs: ShareCount, rhs: ShareCount) -> ShareCount? {
        let (sum, overflow) = lhs.value.addingReportingOverflow(rhs.value)
        return overflow ? nil : ShareCount(unchecked: sum)
    }

    /// The difference, or `nil` when it would be negative.
    public static func - (lhs: ShareCount, rhs: ShareCount) -> ShareCount? {
        lhs.value >= rhs.value ? ShareCount(unchecked: lhs.value - rhs.value) : nil
    }
}
