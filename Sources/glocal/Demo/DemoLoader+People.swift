import Registry

/// Members in every role, admitted by the Union (one left as an applicant), their mentor
/// and investor profiles, and one login per role plus the administrator.
extension DemoLoader {
    mutating func loadPeople() async throws -> [DemoLogin] {
        let people = seeds.people
        _ = try await node.accounts.createAccount(email: people.admin.email, password: people.password,
                                                  displayName: people.admin.name, roles: [.admin])
        var logins = [DemoLogin(role: "admin", email: people.admin.email, name: people.admin.name)]
        for person in people.members {
            var accountID: AccountID?
            if let login = person.login {
                let roles = try Set(login.roles.map(Self.accountRole))
                let account = try await node.accounts.createAccount(email: login.email, password: people.password,
                                                                    displayName: person.name, roles: roles)
                accountID = account.id
                accounts[person.key] = account.id
                logins.append(DemoLogin(role: person.roles.map(\.rawValue).sorted().joined(separator: ", "),
                                        email: login.email, name: person.name))
            }
            let applied = try await node.members.apply(MemberApplication(
                kind: person.kind ?? .person, name: person.name, cityID: try person.town.map { try town($0) }, roles: person.roles,
                accountID: accountID, details: try Self.applicationDetails(of: person)))
            members[person.key] = applied.id
            for status in (person.status ?? .admitted).pathFromApplied {
                _ = try await node.members.setStatus(status, of: applied.id)
            }
            try await loadProfiles(of: person, id: applied.id)
        }
        return logins
    }

    private func loadProfiles(of person: DemoPeople.Person, id: MemberID) async throws {
        if let mentor = person.mentor {
            _ = try await node.profiles.setMentorProfile(of: id, competencies: mentor.competencies, weeklyHours: mentor.weeklyHours,
                                                         cityIDs: try mentor.towns.map { try town($0) })
        }
        if let investor = person.investor {
            let ticket = try TicketRange(minimumKopecks: investor.ticketMinKopecks, maximumKopecks: investor.ticketMaxKopecks)
            _ = try await node.profiles.setInvestorProfile(of: id, kind: investor.kind, ticket: ticket,
                                                           directions: investor.directions)
        }
    }

    /// What the person's application offers: the mentor and investor profiles it will have.
    private static func applicationDetails(of person: DemoPeople.Person) throws -> ApplicationDetails {
        ApplicationDetails(competencies: person.mentor?.competencies ?? [], weeklyHours: person.mentor?.weeklyHours,
                           ticket: try person.investor.map { try TicketRange(minimumKopecks: $0.ticketMinKopecks, maximumKopecks: $0.ticketMaxKopecks) })
    }

    private static func accountRole(_ name: String) throws(DemoError) -> Role {
        guard let role = Role(rawValue: name) else {
            let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue(field: "login.roles", reason: "'\(name)' is not an account role (\(known))")
        }
        return role
    }
}
