import Ledger

/// One dated value of a happiness indicator for a town: a point of a series the Atlas of
/// Happiness draws. Aggregate figures about the town, never about a person.
public struct IndicatorFigure: Hashable, Sendable {
    public let id: IndicatorFigureID
    public let cityID: CityID
    public let indicator: HappinessIndicator
    /// The unit of the indicator's definition, in which `value` is read.
    public let unit: IndicatorUnit
    public let value: Int64
    /// The day the figure describes (the end of the period measured).
    public let measuredOn: CalendarDate
    public let recordedAt: LedgerTime
}
