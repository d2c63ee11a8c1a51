/// Names one event: a Game, an accelerator cohort, an investment session or a
/// Challenge (`evt_` + 32 hex digits).
public struct EventID: PrefixedID {
    public static let prefix = "evt_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
