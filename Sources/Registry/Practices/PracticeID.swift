/// Names one proven practice in the knowledge base (`prc_` + 32 hex digits).
public struct PracticeID: PrefixedID {
    public static let prefix = "prc_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
