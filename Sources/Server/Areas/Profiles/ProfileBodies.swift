import Registry

/// The JSON bodies of members' mentor, investor and facilitator profiles.
enum ProfileBodies {
    struct MentorProfileView: Encodable {
        let memberId: String
        let competencies: [String]
        let weeklyHours: Int
        let cityIds: [String]
        let updatedAt: String

        init(_ profile: MentorProfile) {
            memberId = profile.memberID.rawValue
            competencies = profile.competencies
            weeklyHours = profile.weeklyHours
            cityIds = profile.cityIDs.map(\.rawValue)
            updatedAt = profile.updatedAt.rfc3339
        }
    }

    struct MentorProfileRequest: Decodable {
        let competencies: [String]
        let weeklyHours: Int
        let cityIds: [CityID]
    }

    struct InvestorProfileView: Encodable {
        let memberId: String
        let kind: String
        let ticketMinKopecks: Int64
        let ticketMaxKopecks: Int64
        let directions: [String]
        let updatedAt: String

        init(_ profile: InvestorProfile) {
            memberId = profile.memberID.rawValue
            kind = profile.kind.rawValue
            ticketMinKopecks = profile.ticket.minimumKopecks
            ticketMaxKopecks = profile.ticket.maximumKopecks
            directions = profile.directions
            updatedAt = profile.updatedAt.rfc3339
        }
    }

    struct InvestorProfileRequest: Decodable {
        let kind: InvestorKind
        let ticketMinKopecks: Int64
        let ticketMaxKopecks: Int64
        let directions: [String]
    }

    struct FacilitatorRecordView: Encodable {
        let memberId: String
        let trainingCompletedOn: String
        let updatedAt: String

        init(_ record: FacilitatorRecord) {
            memberId = record.memberID.rawValue
            trainingCompletedOn = record.trainingCompletedOn.rfc3339
            updatedAt = record.updatedAt.rfc3339
        }
    }

    struct FacilitatorRecordRequest: Decodable {
        let trainingCompletedOn: CalendarDate
    }
}
