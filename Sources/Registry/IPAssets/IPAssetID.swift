/// Names one IP asset (НМА) in the API, in registry rows and in ledger entries
/// (`ipa_` + 32 hex digits).
public struct IPAssetID: PrefixedID {
    public static let prefix = "ipa_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
