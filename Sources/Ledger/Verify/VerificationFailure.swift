/// The first thing found wrong while verifying a ledger: the seq it concerns (nil
/// when the problem is not one entry's, such as a checkpoint) and why.
public struct VerificationFailure: Error, Equatable, Sendable, CustomStringConvertible {
    public let seq: Int?
    public let reason: String

    public init(seq: Int?, reason: String) {
        self.seq = seq
        self.reason = reason
    }

    public var description: String {
        if let seq { return "seq \(seq): \(reason)" }
        return reason
    }
}
