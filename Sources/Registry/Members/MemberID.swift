/// Names one member in the API, in registry rows and, as the only trace of a person,
/// in ledger entries (`mem_` + 32 hex digits).
public struct MemberID: PrefixedID {
    public static let prefix = "mem_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
