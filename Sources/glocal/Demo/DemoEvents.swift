import Registry

/// `events.json`: a Glocal City Game already sealed and the next one set up and open for
/// registration, an accelerator cohort still running, an investment session under way with
/// pledges made and one accepted, and a Glocal City Challenge in the middle of judging.
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
        let facilitators: [String]
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

    /// An investment session left running: its agenda, registered investors, the Union's
    /// option in a pitched project (whose founders' shares are issued first, so the option
    /// and an equity round have a cap table to join) and the investors' pledges.
    struct InvestmentSession: Decodable, Sendable {
        let title: String
        let town: String
        let startsOn: SeedDate
        let endsOn: SeedDate
        let founders: Founders
        let agenda: [Pitch]
        let investors: [String]
        let unionOptions: [ProjectOption]
        let pledges: [Pledge]
    }

    /// A project's common shares and their issue to its founders.
    struct Founders: Decodable, Sendable {
        let project: String
        let common: DemoDeals.ShareClass
        let issues: [DemoDeals.Issue]
    }

    struct Pitch: Decodable, Sendable {
        let project: String
        let startsAt: SeedTime
        let minutes: Int
    }

    /// The Union's option in `project`, its terms written beside the project's key.
    struct ProjectOption: Decodable, Sendable {
        let project: String
        let terms: DemoDeals.UnionOption

        private enum CodingKeys: String, CodingKey { case project }

        init(from decoder: any Decoder) throws {
            project = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .project)
            terms = try DemoDeals.UnionOption(from: decoder)
        }
    }

    /// A pledge as equity at a valuation or as tranches released by milestones, and who
    /// accepts it at the session (`lead` or `union`), if anyone does yet.
    struct Pledge: Decodable, Sendable {
        let investor: String
        let project: String
        let amountKopecks: Int64
        let conditions: String
        let equity: Equity?
        let tranches: [Tranche]?
        let acceptedBy: String?
    }

    struct Equity: Decodable, Sendable {
        let preMoneyKopecks: Int64
        let shareClassName: String
    }

    struct Tranche: Decodable, Sendable {
        let milestone: String
        let amountKopecks: Int64
        let attesters: [String]
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
    /// The next Game, set up with its commission and facilitators and open for registration.
    let nextGame: Game
    let accelerator: Accelerator
    let investmentSession: InvestmentSession
    let challenge: Challenge
}
