import Registry

/// `events.json`: a Glocal City Game already sealed, an accelerator cohort still running
/// and a Glocal City Challenge in the middle of judging.
struct DemoEvents: Decodable, Sendable {
    struct Game: Decodable, Sendable {
        let title: String
        let town: String
        let startsOn: SeedDate
        let endsOn: SeedDate
        let directions: [String]
        let teamSizeLimit: Int
        let selectTop: Int
        let commission: [String]
        let participants: [String]
        let ideas: [Idea]
    }

    /// An idea put forward at the Game; its project is known to later sections by `key`.
    struct Idea: Decodable, Sendable {
        let key: String
        let title: String
        let direction: String
        let by: String
        let team: [String]
        let summary: String
        let text: String?
        let approvedBy: [String]
    }

    struct Accelerator: Decodable, Sendable {
        let title: String
        let town: String
        let startsOn: SeedDate
        let endsOn: SeedDate
        let requiredHours: Int
        let requiredMilestones: Int
        let facilitators: [Training]
        let projects: [Entrant]
    }

    struct Training: Decodable, Sendable {
        let member: String
        let trainedOn: SeedDate
    }

    /// A Game idea in the cohort: mentors matched, its MVP plan, consultations (confirmed
    /// by both sides, or left for the mentor to confirm) and whether it is certified.
    struct Entrant: Decodable, Sendable {
        let idea: String
        let needs: [String]
        let mentors: [String]
        let certify: Bool
        let milestones: [DemoProjects.Milestone]
        let consultations: [Consultation]
    }

    struct Consultation: Decodable, Sendable {
        let mentor: String
        let on: SeedDate
        let hours: Int
        let topic: String
        let confirmed: Bool
    }

    struct Challenge: Decodable, Sendable {
        let title: String
        let towns: [String]
        let startsOn: SeedDate
        let endsOn: SeedDate
        let judgesPerTeam: Int
        let criteria: [Criterion]
        let chair: String
        let judges: [String]
        let markedBy: [String]
        let teams: [Team]
    }

    struct Criterion: Decodable, Sendable {
        let id: String
        let name: String
        let weight: Int
    }

    /// A town's team with either a Game idea or a registered project, and the marks each
    /// judge in `marked_by` gives it on every criterion.
    struct Team: Decodable, Sendable {
        let name: String
        let town: String
        let idea: String?
        let project: String?
        let members: [String]
        let marks: [String: Int]
    }

    let game: Game
    let accelerator: Accelerator
    let challenge: Challenge
}
