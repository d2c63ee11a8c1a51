/// Names one login session (`ses_` + 32 hex digits). Unlike the session token it is
/// not a secret: it may appear in logs and in a list of a person's sessions.
public struct SessionID: PrefixedID {
    public static let prefix = "ses_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
