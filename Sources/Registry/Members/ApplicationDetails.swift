/// What an applicant says about itself beyond its name and town, for Union staff to decide
/// on: why it wants to join, and for the roles that offer something, what: a mentor's
/// competencies and hours a week, an investor's ticket. Kept beside the member, never in
/// the ledger, and erased with it; a mentor's offer becomes its mentor profile on admission.
public struct ApplicationDetails: Sendable, Equatable {
    public static let motivationLimit = 2_000

    /// A short text: why the applicant wants to join.
    public var motivation: String?
    /// A mentor's competencies (tags); required when the mentor role is asked.
    public var competencies: [String]
    /// A mentor's hours a week (1…60); required when the mentor role is asked.
    public var weeklyHours: Int?
    /// An investor's ticket; required when the investor role is asked.
    public var ticket: TicketRange?

    public init(motivation: String? = nil, competencies: [String] = [], weeklyHours: Int? = nil, ticket: TicketRange? = nil) {
        self.motivation = motivation
        self.competencies = competencies
        self.weeklyHours = weeklyHours
        self.ticket = ticket
    }

    /// Nothing said.
    public var isEmpty: Bool { motivation == nil && competencies.isEmpty && weeklyHours == nil && ticket == nil }

    /// The details as stored: the motivation trimmed, the competencies normalised, and the
    /// offers of roles not asked for left out; refused when an asked role's offer is missing.
    func checked(for roles: Set<MemberRole>) throws(RegistryValidationError) -> ApplicationDetails {
        var checked = ApplicationDetails(motivation: try RegistryText.optional(motivation, field: "motivation",
                                                                               maximumCharacters: Self.motivationLimit))
        if roles.contains(.mentor) {
            checked.competencies = try RegistryTags.normalise(competencies, field: "competencies")
            guard !checked.competencies.isEmpty else { throw RegistryValidationError(field: "competencies", rule: .empty) }
            guard let weeklyHours, MentorProfile.weeklyHoursRange.contains(weeklyHours) else {
                throw RegistryValidationError(field: "weekly_hours", rule: .notInRange(minimum: 1, maximum: 60, unit: .hours))
            }
            checked.weeklyHours = weeklyHours
        }
        if roles.contains(.investor) {
            guard let ticket else { throw RegistryValidationError(field: "ticket_min_kopecks", rule: .empty) }
            checked.ticket = ticket
        }
        return checked
    }
}
