/// Names one pledge made at an investment session (`plg_` + 32 hex digits).
public struct PledgeID: PrefixedID {
    public static let prefix = "plg_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
