/// A receipt or certificate that does not prove what it claims, and why.
public struct ReceiptInvalid: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String

    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { "the receipt is invalid: \(reason)" }
}
