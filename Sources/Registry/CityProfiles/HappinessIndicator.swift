/// A happiness indicator by its code (`young_returning`): one of the seven the seeds
/// measure a town's happiness by — employment (growth of incomes and of assets), quality
/// of leisure (the share of leisure spending made in town) and positive expectations
/// (fewer leaving, more young returning, more local investment and family
/// micro-businesses) — or one Union staff defined (`IndicatorDefinition`). The code is
/// checked when made: a lowercase letter, then lowercase letters, digits or `_`, 2 to 40
/// characters; what it measures is in its definition.
public struct HappinessIndicator: RawRepresentable, Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init?(rawValue: String) {
        guard (2...40).contains(rawValue.count), let first = rawValue.unicodeScalars.first, ("a"..."z").contains(first),
              rawValue.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }) else { return nil }
        self.rawValue = rawValue
    }

    init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    /// Year-on-year growth of residents' incomes, ‰ (may be negative).
    public static let incomeGrowth = HappinessIndicator(unchecked: "income_growth")
    /// Year-on-year growth of the capitalisation of residents' assets, ‰ (may be negative).
    public static let assetGrowth = HappinessIndicator(unchecked: "asset_growth")
    /// Share of residents' leisure spending made in their own town, ‰ (0…1000).
    public static let leisureSpentInTownShare = HappinessIndicator(unchecked: "leisure_spent_in_town_share")
    /// Residents who left the town in the period, people.
    public static let residentsLeaving = HappinessIndicator(unchecked: "residents_leaving")
    /// Young people who came back to the town in the period, people.
    public static let youngReturning = HappinessIndicator(unchecked: "young_returning")
    /// Residents' investment in local assets in the period, kopecks.
    public static let localInvestment = HappinessIndicator(unchecked: "local_investment")
    /// Family micro-businesses operating in the town, businesses.
    public static let familyMicrobusinesses = HappinessIndicator(unchecked: "family_microbusinesses")

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let indicator = HappinessIndicator(rawValue: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "'\(text)' is not an indicator's code.")
        }
        self = indicator
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: HappinessIndicator, rhs: HappinessIndicator) -> Bool { lhs.rawValue < rhs.rawValue }
}
