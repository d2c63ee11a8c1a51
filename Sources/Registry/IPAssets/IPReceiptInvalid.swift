/// A deposit receipt that does not prove what it claims, and why.
public struct IPReceiptInvalid: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String

    public var description: String { "the deposit receipt is invalid: \(reason)" }
}
