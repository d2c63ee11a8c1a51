/// A new indicator as Union staff define it.
public struct IndicatorDraft: Hashable, Sendable {
    public var code: String
    public var name: String
    public var englishName: String?
    public var unit: IndicatorUnit
    public var direction: IndicatorDirection
    public var minimum: Int64
    public var maximum: Int64

    public init(code: String, name: String, englishName: String?, unit: IndicatorUnit, direction: IndicatorDirection,
                minimum: Int64, maximum: Int64) {
        self.code = code
        self.name = name
        self.englishName = englishName
        self.unit = unit
        self.direction = direction
        self.minimum = minimum
        self.maximum = maximum
    }
}
