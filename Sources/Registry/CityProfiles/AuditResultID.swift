/// Names one recorded result of a town's digital-maturity audit (`aud_` + 32 hex digits).
public struct AuditResultID: PrefixedID {
    public static let prefix = "aud_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
