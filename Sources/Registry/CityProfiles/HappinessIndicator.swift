/// The fixed set of figures by which the seeds measure a town's happiness: employment
/// (growth of incomes and of assets), quality of leisure (the share of leisure spending
/// made in town) and positive expectations (fewer leaving, more young returning, more
/// local investment and family micro-businesses). Each has one unit and a range of
/// values that make sense in it.
public enum HappinessIndicator: String, Sendable, Hashable, CaseIterable, Comparable, RegistryCode {
    /// Year-on-year growth of residents' incomes, ‰ (may be negative).
    case incomeGrowth = "income_growth"
    /// Year-on-year growth of the capitalisation of residents' assets, ‰ (may be negative).
    case assetGrowth = "asset_growth"
    /// Share of residents' leisure spending made in their own town, ‰ (0…1000).
    case leisureSpentInTownShare = "leisure_spent_in_town_share"
    /// Residents who left the town in the period, people.
    case residentsLeaving = "residents_leaving"
    /// Young people who came back to the town in the period, people.
    case youngReturning = "young_returning"
    /// Residents' investment in local assets in the period, kopecks.
    case localInvestment = "local_investment"
    /// Family micro-businesses operating in the town, businesses.
    case familyMicrobusinesses = "family_microbusinesses"

    public var unit: IndicatorUnit {
        switch self {
        case .incomeGrowth, .assetGrowth, .leisureSpentInTownShare: return .perMille
        case .localInvestment: return .kopecks
        case .residentsLeaving, .youngReturning, .familyMicrobusinesses: return .count
        }
    }

    /// The values this indicator may take.
    public var validValues: ClosedRange<Int64> {
        switch self {
        case .incomeGrowth, .assetGrowth: return -1000...100_000
        case .leisureSpentInTownShare: return 0...1000
        case .residentsLeaving, .youngReturning, .familyMicrobusinesses: return 0...100_000_000
        case .localInvestment: return 0...Int64.max
        }
    }

    public static func < (lhs: HappinessIndicator, rhs: HappinessIndicator) -> Bool { lhs.rawValue < rhs.rawValue }
}
