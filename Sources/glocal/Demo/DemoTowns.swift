import Registry

/// `towns.json`: the three towns of the demo with their Atlas of Happiness (directions,
/// maturity-audit scores and happiness indicators over time), how far each is along its
/// road map, and the communities.
struct DemoTowns: Decodable, Sendable {
    struct Town: Decodable, Sendable {
        let key: String
        let name: String
        let region: String
        let population: Int
        let directions: [String]
        let audits: [Audit]
        let indicators: [Figure]
        let roadMap: RoadMap
    }

    /// A town's road map: the day it started and the steps staff have moved since; the
    /// steps of the demo's events move as the events do.
    struct RoadMap: Decodable, Sendable {
        let startsOn: SeedDate
        let steps: [Step]
    }

    struct Step: Decodable, Sendable {
        let step: Int
        let status: RoadMapStatus
        let owner: String?
        let evidence: [Evidence]?
    }

    /// A document deposited by the SHA-256 of `text`, which stands for the document.
    struct Evidence: Decodable, Sendable {
        let title: String
        let text: String
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
