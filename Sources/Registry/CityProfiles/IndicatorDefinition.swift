import Ledger

/// What a happiness indicator measures: its name (Russian, and English when given), the
/// unit its integer values are read in, which way is good, and the values it may take.
/// The seven the seeds name come with every node; Union staff define more.
public struct IndicatorDefinition: Hashable, Sendable {
    public let indicator: HappinessIndicator
    public let name: String
    public let englishName: String?
    public let unit: IndicatorUnit
    public let direction: IndicatorDirection
    public let validValues: ClosedRange<Int64>
    /// Indicators are listed in the order they were defined.
    public let position: Int
}
