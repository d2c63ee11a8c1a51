/// Names one logged consultation of an accelerator cohort (`cns_` + 32 hex digits).
public struct ConsultationID: PrefixedID {
    public static let prefix = "cns_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
