/// Names one licence granted on an IP asset (`ipl_` + 32 hex digits).
public struct IPLicenceID: PrefixedID {
    public static let prefix = "ipl_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
