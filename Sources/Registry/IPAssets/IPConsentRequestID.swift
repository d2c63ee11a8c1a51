/// Names one IP act waiting for its holders' consent (`ipc_` + 32 hex digits).
public struct IPConsentRequestID: PrefixedID {
    public static let prefix = "ipc_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
