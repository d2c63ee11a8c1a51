import Registry

/// The JSON bodies of the city and member operations.
enum RegisterBodies {
    struct CityView: Encodable {
        let id: String
        let name: String
        let region: String
        let population: Int?
        let createdAt: String

        init(_ city: City) {
            id = city.id.rawValue
            name = city.name
            region = city.region
            population = city.population
            createdAt = city.createdAt.rfc3339
        }
    }

    /// A member as shown to anyone: no personal data.
    struct MemberView: Encodable {
        let id: String
        let kind: String
        let cityId: String?
        let roles: [String]
        let status: String
        let createdAt: String
        let erased: Bool
        /// Present only for the member itself and Union staff.
        let personal: PersonalData?
        /// What the application said and why it was refused, if it was: only for the
        /// member itself and Union staff, on the member's own read.
        let application: ApplicationView?

        init(_ member: Member, showPersonalData: Bool, application: ApplicationView? = nil) {
            id = member.id.rawValue
            kind = member.kind.rawValue
            cityId = member.cityID?.rawValue
            roles = member.roles.sorted().map(\.rawValue)
            status = member.status.rawValue
            createdAt = member.createdAt.rfc3339
            erased = member.isErased
            personal = showPersonalData && !member.isErased
                ? PersonalData(name: member.name, email: member.email, phone: member.phone) : nil
            self.application = showPersonalData && !member.isErased ? application : nil
        }
    }

    struct ApplicationView: Encodable {
        let motivation: String?
        let competencies: [String]
        let weeklyHours: Int?
        let ticketMinKopecks: Int64?
        let ticketMaxKopecks: Int64?
        let refusalReason: String?

        init(_ details: ApplicationDetails?, refusal: String?) {
            motivation = details?.motivation
            competencies = details?.competencies ?? []
            weeklyHours = details?.weeklyHours
            ticketMinKopecks = details?.ticket?.minimumKopecks
            ticketMaxKopecks = details?.ticket?.maximumKopecks
            refusalReason = refusal
        }
    }

    struct PersonalData: Encodable {
        let name: String?
        let email: String?
        let phone: String?
    }

    struct RegisterCityRequest: Decodable {
        let name: String
        let region: String
        let population: Int?
    }

    struct ApplyRequest: Decodable {
        let kind: MemberKind?
        let name: String
        let email: String?
        let phone: String?
        let cityId: CityID?
        let roles: [MemberRole]?
        let motivation: String?
        let competencies: [String]?
        let weeklyHours: Int?
        let ticketMinKopecks: Int64?
        let ticketMaxKopecks: Int64?

        /// Why the applicant joins and what it offers; a ticket needs both of its ends.
        func details() throws -> ApplicationDetails {
            var ticket: TicketRange?
            if ticketMinKopecks != nil || ticketMaxKopecks != nil {
                guard let minimum = ticketMinKopecks else { throw RegistryValidationError(field: "ticket_min_kopecks", rule: .empty) }
                guard let maximum = ticketMaxKopecks else { throw RegistryValidationError(field: "ticket_max_kopecks", rule: .empty) }
                ticket = try TicketRange(minimumKopecks: minimum, maximumKopecks: maximum)
            }
            return ApplicationDetails(motivation: motivation, competencies: competencies ?? [], weeklyHours: weeklyHours, ticket: ticket)
        }
    }

    struct StatusRequest: Decodable {
        let status: MembershipStatus
    }

    struct RefusalRequest: Decodable {
        let reason: String
    }

    struct RolesRequest: Decodable {
        let roles: [MemberRole]
    }
}
