import Ledger

/// A mentor confirmed for a project by Union staff, with the weekly hours it commits,
/// which count against the mentor's profile hours until the cohort is sealed.
public struct MentorMatch: Hashable, Sendable {
    public static let standardWeeklyHours = 4

    public let cohortID: EventID
    public let projectID: ProjectID
    public let mentorID: MemberID
    public let weeklyHours: Int
    public let confirmedAt: LedgerTime
}
