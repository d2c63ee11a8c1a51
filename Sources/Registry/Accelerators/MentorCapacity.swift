/// A mentor's week as matching sees it: its competencies, the hours its profile offers,
/// and the hours its matches in cohorts not yet sealed already take.
struct MentorCapacity {
    let mentorID: MemberID
    let competencies: [String]
    let weeklyHours: Int
    let committedHours: Int

    var remainingHours: Int { weeklyHours - committedHours }
}
