/// Names one contract in the API, in registry rows and in every `contract.*` ledger
/// entry (`ctr_` + 32 hex digits).
public struct ContractID: PrefixedID {
    public static let prefix = "ctr_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
