import Ledger

/// Team formation while a Game runs: the team of an idea is its project's team, changed
/// under the project team rules (one lead, admitted members, each once) and the Game's
/// size limit; a participant is on at most one team of a Game.
extension Games {
    /// Adds a registered participant who is on no team yet to the idea's team as `member`.
    public func join(_ member: MemberID, idea project: ProjectID, of id: EventID) async throws -> Project {
        try await changeTeam(of: project, in: id, act: "teams can change") { team, settings, store in
            try Self.requireFree(member, in: id, store)
            guard team.count < settings.teamSizeLimit else {
                throw GameConflict.teamFull(project, limit: settings.teamSizeLimit)
            }
            return team + [TeamMember(memberID: member, role: .member)]
        }
    }

    /// Takes a member off the idea's team. The lead cannot leave: it hands the lead over first.
    public func leave(_ member: MemberID, idea project: ProjectID, of id: EventID) async throws -> Project {
        try await changeTeam(of: project, in: id, act: "teams can change") { team, _, _ in
            guard let place = team.first(where: { $0.memberID == member }) else {
                throw RegistryNotFound(.teamPlace, member)
            }
            guard place.role != .lead else {
                throw GameConflict.leadCannotLeave(member, team: project)
            }
            return team.filter { $0.memberID != member }
        }
    }

    /// Gives a team member the role `lead` or `member`; a new lead makes the old one a member.
    public func setRole(_ role: TeamRole, of member: MemberID, idea project: ProjectID, of id: EventID) async throws -> Project {
        guard role == .lead || role == .member else {
            throw RegistryValidationError(field: "role", rule: .chooseFromList)
        }
        return try await changeTeam(of: project, in: id, act: "teams can change") { team, _, _ in
            guard team.contains(where: { $0.memberID == member }) else {
                throw RegistryNotFound(.teamPlace, member)
            }
            return team.map { place in
                if place.memberID == member { return TeamMember(memberID: member, role: role) }
                return role == .lead && place.role == .lead ? TeamMember(memberID: place.memberID, role: .member) : place
            }
        }
    }

    private func changeTeam(of project: ProjectID, in id: EventID, act: String,
                            _ change: @escaping @Sendable ([TeamMember], GameSettings, GameStore) throws -> [TeamMember])
        async throws -> Project {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running], toDo: act, transaction)
            let store = GameStore(database: transaction.database)
            let settings = try store.requireSettings(of: id)
            _ = try Self.requireIdea(project, of: id, store)
            let current = try Projects.require(project, ProjectStore(database: transaction.database))
            let team = try change(current.team, settings, store)
            return try Projects.replaceTeam(team, of: project, in: transaction, signer: signer, at: now)
        }
    }
}
