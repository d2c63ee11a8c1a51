/// Names one account in the API and in other registry rows (`acc_` + 32 hex digits).
public struct AccountID: PrefixedID {
    public static let prefix = "acc_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
