/// Names one mail of the outbox (`mail_` + 32 hex digits).
public struct MailID: PrefixedID {
    public static let prefix = "mail_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
