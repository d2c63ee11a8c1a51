/// Why an act of an accelerator cohort (entering it, matching mentors, consultations,
/// certificates) is refused.
public enum AcceleratorConflict: Refusal, Equatable {
    case alreadyInCohort(ProjectID, cohort: EventID)
    case alreadyMatched(mentor: MemberID, project: ProjectID)
    case notAMentor(MemberID)
    case hoursExhausted(mentor: MemberID, remaining: Int, asked: Int)
    case alreadyCertified(ProjectID)
    case tooFewHours(ProjectID, confirmed: Int, required: Int)
    case tooFewMilestones(ProjectID, planned: Int, required: Int)
    case notMatched(mentor: MemberID, project: ProjectID)
    case notAParticipant(MemberID)
    case alreadyConfirmed(MemberID)

    public var code: String {
        switch self {
        case .alreadyInCohort: "already-in-cohort"
        case .alreadyMatched: "mentor-already-matched"
        case .notAMentor: "not-a-mentor"
        case .hoursExhausted: "mentor-hours-exhausted"
        case .alreadyCertified: "already-certified"
        case .tooFewHours: "too-few-hours"
        case .tooFewMilestones: "too-few-milestones"
        case .notMatched: "mentor-not-matched"
        case .notAParticipant: "not-a-participant"
        case .alreadyConfirmed: "already-confirmed"
        }
    }

    public var english: String {
        switch self {
        case let .alreadyInCohort(project, cohort): "Project \(project) is already in the accelerator cohort \(cohort)."
        case let .alreadyMatched(mentor, project): "Mentor \(mentor) is already matched with \(project)."
        case let .notAMentor(member): "Member \(member) is not an admitted member with a mentor profile."
        case let .hoursExhausted(mentor, remaining, asked): "Mentor \(mentor) has \(remaining) weekly hours left, fewer than the \(asked) asked."
        case let .alreadyCertified(project): "Project \(project) is already certified."
        case let .tooFewHours(project, confirmed, required):
            "Project \(project) has \(confirmed) confirmed consultation hours; the cohort asks for \(required). Hours count once both the mentor and the lead confirm them."
        case let .tooFewMilestones(project, planned, required):
            "Project \(project)'s MVP plan has \(planned) milestones; the cohort asks for \(required)."
        case let .notMatched(mentor, project): "Mentor \(mentor) is not matched with \(project); Union staff confirm a match first."
        case let .notAParticipant(member): "Member \(member) is neither the mentor of this consultation nor the lead of its project."
        case let .alreadyConfirmed(member): "Member \(member) has already confirmed this consultation."
        }
    }
}
