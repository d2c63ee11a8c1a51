import Registry

/// `people.json`: the Union's members in every role, the few who get a login (one per
/// role, all with the one demo password), and the node's administrator.
struct DemoPeople: Decodable, Sendable {
    struct Person: Decodable, Sendable {
        let key: String
        let name: String
        let kind: MemberKind?
        let town: String?
        let roles: Set<MemberRole>
        let status: MembershipStatus?
        let login: Login?
        let mentor: Mentor?
        let investor: Investor?
    }

    /// A login: its email and the account roles (`resident`, `mentor`, `investor`,
    /// `union_staff`, `committee`) that decide what the person may do on the server.
    struct Login: Decodable, Sendable {
        let email: String
        let roles: [String]
    }

    struct Mentor: Decodable, Sendable {
        let competencies: [String]
        let weeklyHours: Int
        let towns: [String]
    }

    struct Investor: Decodable, Sendable {
        let kind: InvestorKind
        let ticketMinKopecks: Int64
        let ticketMaxKopecks: Int64
        let directions: [String]
    }

    struct Admin: Decodable, Sendable {
        let email: String
        let name: String
    }

    let password: String
    let admin: Admin
    let members: [Person]
}
