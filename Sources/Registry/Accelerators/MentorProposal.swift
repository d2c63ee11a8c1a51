/// A mentor proposed for a project: the tags its competencies share with the project's
/// direction and needs, and the weekly hours it has left after its confirmed matches
/// in cohorts not yet sealed.
public struct MentorProposal: Hashable, Sendable {
    public let mentorID: MemberID
    public let sharedTags: [String]
    public let remainingWeeklyHours: Int
}
