/// Names one project in the API, in registry rows and in ledger entries (`prj_` + 32 hex digits).
public struct ProjectID: PrefixedID {
    public static let prefix = "prj_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
