/// Names one community in the API, in registry rows and in ledger entries (`com_` + 32 hex digits).
public struct CommunityID: PrefixedID {
    public static let prefix = "com_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
