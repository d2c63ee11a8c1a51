import Registry

/// The acts on a member's profiles, each decided by the member: its own account or Union
/// staff set them.
struct ProfileOperations: Sendable {
    /// What a mentor offers: competencies, weekly hours and the towns it works in.
    struct Mentoring: Sendable {
        let competencies: [String]
        let weeklyHours: Int
        let cityIDs: [CityID]
    }

    /// What an investor looks for: its kind, ticket and directions.
    struct Investing: Sendable {
        let kind: InvestorKind
        let ticket: TicketRange
        let directions: [String]
    }

    let setMentor: Operation<Change<Member, Mentoring>, MentorProfile>
    let setInvestor: Operation<Change<Member, Investing>, InvestorProfile>
    let setFacilitator: Operation<Change<Member, CalendarDate>, FacilitatorRecord>

    init(profiles: Profiles) {
        @Sendable func owner<Value>(_: RequestContext, _ change: Change<Member, Value>) async throws -> Policy.Resource {
            .ownedBy(accountID: change.record.accountID?.rawValue ?? "")
        }
        setMentor = Operation("setMentorProfile", action: .editProfile, resource: owner) { _, change in
            try await profiles.setMentorProfile(of: change.record.id, competencies: change.value.competencies,
                                                weeklyHours: change.value.weeklyHours, cityIDs: change.value.cityIDs)
        }
        setInvestor = Operation("setInvestorProfile", action: .editProfile, resource: owner) { _, change in
            try await profiles.setInvestorProfile(of: change.record.id, kind: change.value.kind, ticket: change.value.ticket,
                                                  directions: change.value.directions)
        }
        setFacilitator = Operation("setFacilitatorRecord", action: .editProfile, resource: owner) { _, change in
            try await profiles.setFacilitatorRecord(of: change.record.id, trainingCompletedOn: change.value)
        }
    }
}
