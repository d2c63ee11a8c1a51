import Ledger

extension Projects {
    /// The most places a team may have; a city development team is a handful of people.
    public static let maximumTeamSize = 50

    /// Replaces the whole team. The new team must have exactly one lead, name each
    /// member once, and hold only members the Union has admitted.
    public func setTeam(_ team: [TeamMember], of id: ProjectID) async throws -> Project {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.replaceTeam(team, of: id, in: transaction, signer: signer, at: now)
        }
    }

    /// The team change itself, under the team rules, inside a caller's transaction (a
    /// lead's edit here, or a team formed at a Game).
    static func replaceTeam(_ team: [TeamMember], of id: ProjectID, in transaction: LedgerTransaction,
                            signer: any EntrySigner, at now: LedgerTime) throws -> Project {
        let store = ProjectStore(database: transaction.database)
        _ = try require(id, store)
        try checkTeam(team, members: MemberStore(database: transaction.database))
        let ordered = Project.ordered(team)
        try store.setTeam(ordered, of: id)
        try store.touch(id, at: now)
        _ = try transaction.append(kind: "project.team", payload: [
            "project_id": .string(id.rawValue), "team": payload(ordered),
        ], author: signer)
        return try require(id, store)
    }

    private static func checkTeam(_ team: [TeamMember], members: MemberStore) throws {
        guard team.count <= maximumTeamSize else {
            throw RegistryValidationError(field: "team", rule: .tooMany(maximum: maximumTeamSize))
        }
        let leads = team.filter { $0.role == .lead }.count
        guard leads == 1 else {
            throw RegistryValidationError(field: "team", rule: .needsOneLead(found: leads))
        }
        var seen = Set<MemberID>()
        for (index, place) in team.enumerated() {
            let field = "team/\(index)/member_id"
            guard seen.insert(place.memberID).inserted else {
                throw RegistryValidationError(field: field, rule: .usedTwice)
            }
            guard let member = try members.member(id: place.memberID) else {
                throw RegistryValidationError(field: field, rule: .notFound(.member))
            }
            guard member.status == .admitted else {
                throw RegistryValidationError(field: field, rule: .notAdmitted)
            }
        }
    }
}
