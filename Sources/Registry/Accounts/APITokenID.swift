/// Names one API token (`tok_` + 32 hex digits) so it can be listed and revoked
/// without its secret.
public struct APITokenID: PrefixedID {
    public static let prefix = "tok_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
