import Registry

/// `projects.json`: projects registered outside the Game, each moved step by step to its
/// stage, with its team, MVP plan and deposited IP; and the proven practices of the towns.
struct DemoProjects: Decodable, Sendable {
    struct Project: Decodable, Sendable {
        let key: String
        let title: String
        let town: String
        let direction: String
        let stage: ProjectStage
        let summary: String
        let lead: String
        let team: [Teammate]
        let milestones: [Milestone]
        let ip: Deposit?
        let adoptedBy: [String]?
    }

    struct Teammate: Decodable, Sendable {
        let member: String
        let role: TeamRole
    }

    struct Milestone: Decodable, Sendable {
        let title: String
        let owner: TeamRole
        let due: SeedDate
        let status: MilestoneStatus
    }

    /// An IP deposit: only the SHA-256 of `text` goes to the registry, never the text.
    struct Deposit: Decodable, Sendable {
        let kind: IPAssetKind
        let title: String
        let text: String
    }

    struct Practice: Decodable, Sendable {
        let title: String
        let town: String
        let reportedOn: SeedDate
        let summary: String
        let results: String
        let adoptedIn: [String]
    }

    let projects: [Project]
    let practices: [Practice]
}
