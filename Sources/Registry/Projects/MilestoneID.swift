/// Names one milestone of a project's MVP plan (`mil_` + 32 hex digits).
public struct MilestoneID: PrefixedID {
    public static let prefix = "mil_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
