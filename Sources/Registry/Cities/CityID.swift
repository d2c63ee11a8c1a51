/// Names one city (town) in the API, in registry rows and in ledger entries (`cty_` + 32 hex digits).
public struct CityID: PrefixedID {
    public static let prefix = "cty_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
