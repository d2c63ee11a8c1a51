import Registry

/// `towns.json`: the three towns of the demo with their Atlas of Happiness (directions,
/// maturity-audit scores and happiness indicators over time) and the communities.
struct DemoTowns: Decodable, Sendable {
    struct Town: Decodable, Sendable {
        let key: String
        let name: String
        let region: String
        let population: Int
        let directions: [String]
        let audits: [Audit]
        let indicators: [Figure]
    }

    struct Audit: Decodable, Sendable {
        let area: String
        let score: Int
        let on: SeedDate
    }

    struct Figure: Decodable, Sendable {
        let indicator: HappinessIndicator
        let value: Int64
        let on: SeedDate
    }

    struct Community: Decodable, Sendable {
        let kind: CommunityKind
        let name: String
        let town: String?
        let members: [String]
    }

    let towns: [Town]
    let communities: [Community]
}
