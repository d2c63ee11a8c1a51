/// Names one recorded figure of a happiness indicator (`fig_` + 32 hex digits).
public struct IndicatorFigureID: PrefixedID {
    public static let prefix = "fig_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }
}
