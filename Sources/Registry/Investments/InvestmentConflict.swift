/// Why an act of an investment session (its agenda, investors, pledges and their
/// acceptance) is refused.
public enum InvestmentConflict: Refusal, Equatable {
    case notTheLead(MemberID, project: ProjectID)
    case noLead(ProjectID)
    case sumsOutOfRange
    case investorNotRegistered(MemberID)
    case notOnAgenda(ProjectID)
    case notYourPledge(PledgeID)
    case pledgeNotStanding(PledgeID, status: PledgeStatus)
    case unionOptionRecorded(ProjectID)
    case cannotPitch(ProjectID, stage: ProjectStage)
    case noInvestorProfile(MemberID)
    case investorAlreadyRegistered(MemberID)

    public var code: String {
        switch self {
        case .notTheLead: "not-the-lead"
        case .noLead: "project-has-no-lead"
        case .sumsOutOfRange: "sums-out-of-range"
        case .investorNotRegistered: "investor-not-registered"
        case .notOnAgenda: "not-on-agenda"
        case .notYourPledge: "not-your-pledge"
        case .pledgeNotStanding: "pledge-not-standing"
        case .unionOptionRecorded: "union-option-recorded"
        case .cannotPitch: "cannot-pitch"
        case .noInvestorProfile: "no-investor-profile"
        case .investorAlreadyRegistered: "investor-already-registered"
        }
    }

    public var english: String {
        switch self {
        case let .notTheLead(member, project): "Member \(member) does not lead project \(project); only its lead or Union staff accept its pledges."
        case let .noLead(project): "Project \(project) has no lead to receive the tranches; set its team first."
        case .sumsOutOfRange: "The session's sums leave the range of kopecks; check the pledged amounts."
        case let .investorNotRegistered(member):
            "Member \(member) is not a registered investor of this session; investors register while it is open."
        case let .notOnAgenda(project): "Project \(project) is not on this session's agenda."
        case let .notYourPledge(pledge): "Pledge \(pledge) is another investor's; only the investor who made it may withdraw it."
        case let .pledgeNotStanding(pledge, status):
            "Pledge \(pledge) is \(status.rawValue) already; only a standing pledge can be withdrawn or accepted."
        case let .unionOptionRecorded(project): "The Union's option in project \(project) is recorded at this session already."
        case let .cannotPitch(project, stage):
            "Project \(project) is \(stage.rawValue); only accelerated or pitched projects pitch at an investment session."
        case let .noInvestorProfile(member): "Member \(member) has no investor profile; it must state its ticket before registering."
        case let .investorAlreadyRegistered(member): "Member \(member) is already registered for this session."
        }
    }
}
