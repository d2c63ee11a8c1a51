import Ledger

/// The Glocal City Game (DOMAIN.md, step 2), an event of kind `game`: admitted members
/// register while it is `open`; while it is `running` they put ideas forward (each a
/// project at stage `idea`, optionally with an IP deposit), form teams under the Game's
/// size limit, and the commission approves ideas; sealing the `closed` Game publishes
/// the ranking and moves the selected projects to `selected`.
///
/// Each act checks the Game's kind and status inside its own write transaction.
/// Registrations and ideas are ledger entries (`game.register`, `game.idea`), with the
/// `project.*` and `ip.deposit` entries of what they create; approvals are registry rows
/// until sealing, when their counts enter the sealed table.
public struct Games: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Sets the Game's directions, team size limit, selection rule, named commission and
    /// facilitators while it is `draft` or `open`. Refuses a limit outside 1…50, commission
    /// members the Union has not admitted and facilitators not in the registry of facilitators.
    public func configure(_ id: EventID, _ settings: GameSettings) async throws -> GameSettings {
        guard GameSettings.teamSizeLimits.contains(settings.teamSizeLimit) else {
            throw RegistryValidationError(field: "team_size_limit", rule: .notInRange(minimum: 1, maximum: Int64(Projects.maximumTeamSize), unit: .number))
        }
        let checked = GameSettings(directions: try RegistryTags.normalise(settings.directions, field: "directions"),
                                   teamSizeLimit: settings.teamSizeLimit, selection: settings.selection,
                                   commission: Array(Set(settings.commission)).sorted { $0.rawValue < $1.rawValue },
                                   facilitators: Array(Set(settings.facilitators)).sorted { $0.rawValue < $1.rawValue })
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.draft, .open], toDo: "its settings can change", transaction)
            let members = MemberStore(database: transaction.database)
            for (index, member) in checked.commission.enumerated() where try members.member(id: member)?.status != .admitted {
                throw RegistryValidationError(field: "commission_member_ids/\(index)", rule: .notAdmitted)
            }
            let profiles = ProfileStore(database: transaction.database)
            for (index, member) in checked.facilitators.enumerated() where try profiles.facilitatorRecord(of: member) == nil {
                throw RegistryValidationError(field: "facilitator_member_ids/\(index)", rule: .notAFacilitator)
            }
            try GameStore(database: transaction.database).save(checked, of: id)
            return checked
        }
    }

    /// Registers an admitted member as a participant while the Game is `open`; answers
    /// the member registered.
    @discardableResult
    public func register(_ member: MemberID, for id: EventID) async throws -> MemberID {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.open], toDo: "participants can register", transaction)
            let store = GameStore(database: transaction.database)
            _ = try store.requireSettings(of: id)
            guard let found = try MemberStore(database: transaction.database).member(id: member) else {
                throw RegistryNotFound(.member, member)
            }
            guard found.status == .admitted else {
                throw MembershipConflict.notAdmitted(member, status: found.status)
            }
            guard try !store.isParticipant(member, in: id) else {
                throw GameConflict.alreadyRegistered(member)
            }
            try store.insertParticipant(member, in: id, at: now)
            _ = try transaction.append(kind: "game.register", payload: [
                "event_id": .string(id.rawValue), "member_id": .string(member.rawValue),
            ], author: signer)
            return member
        }
    }

    /// Puts an idea forward while the Game is `running`: a new project led by `member`,
    /// in one of the Game's directions, with its content hash deposited if one is given.
    /// Refuses members who are not registered or already on a team of this Game.
    public func submit(_ submission: IdeaSubmission, by member: MemberID, to id: EventID) async throws -> GameIdea {
        let now = clock()
        let project = try Projects.newIdea(ProjectDraft(title: submission.title, summary: submission.summary,
                                                        direction: submission.direction, cityID: submission.cityID),
                                           lead: member, at: now)
        let deposit = try submission.contentSHA256.map { hash in
            try IPAssets.checked(IPDeposit(kind: .idea, title: project.title, contentSHA256: hash,
                                           holders: [IPHolding(memberID: member, units: .whole)]))
        }
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.running], toDo: "ideas can be submitted", transaction)
            let store = GameStore(database: transaction.database)
            let settings = try store.requireSettings(of: id)
            try Self.requireFree(member, in: id, store)
            guard settings.directions.isEmpty || settings.directions.contains(project.direction) else {
                throw RegistryValidationError(field: "direction",
                                              rule: .notOneOf(settings.directions))
            }
            try Projects.insert(project, lead: member, in: transaction, signer: signer)
            let asset = try deposit.map { try IPAssets.deposit($0, in: transaction, signer: signer, at: now) }
            var payload: JSONObject = ["event_id": .string(id.rawValue), "project_id": .string(project.id.rawValue)]
            if let asset { payload["asset_id"] = .string(asset.id.rawValue) }
            let receipt = try transaction.append(kind: "game.idea", payload: payload, author: signer)
            try store.insertIdea(project.id, in: id, asset: asset?.id, seq: receipt.seq)
            return try Self.requireIdea(project.id, of: id, store)
        }
    }

    public func settings(of id: EventID) async throws -> GameSettings? {
        try await database.read { try GameStore(database: $0).settings(of: id) }
    }

    /// The Games `member` runs sessions of as a facilitator, newest first.
    public func facilitated(by member: MemberID) async throws -> [EventID] {
        try await database.read { try GameStore(database: $0).facilitated(by: member) }
    }

    public func participants(of id: EventID) async throws -> [MemberID] {
        try await database.read { try GameStore(database: $0).participants(of: id) }
    }

    /// The Game's ideas in the order submitted, with their approvals so far.
    public func ideas(of id: EventID) async throws -> [GameIdea] {
        try await database.read { try GameStore(database: $0).ideas(of: id) }
    }

    /// The Game idea a project started as, if it started at a Game (a project is put forward at one Game at most).
    public func idea(of project: ProjectID) async throws -> GameIdea? {
        try await database.read { try GameStore(database: $0).idea(of: project) }
    }

    public func idea(_ project: ProjectID, of id: EventID) async throws -> GameIdea? {
        try await database.read { try GameStore(database: $0).idea(project, of: id) }
    }

    /// The Game's event, refused unless it is a Game in one of `statuses`.
    static func require(_ id: EventID, in statuses: Set<EventStatus>, toDo act: String,
                        _ transaction: LedgerTransaction) throws -> Event {
        try EventStore(database: transaction.database).require(id, kind: .game, in: statuses, toDo: act)
    }

    static func requireIdea(_ project: ProjectID, of id: EventID, _ store: GameStore) throws -> GameIdea {
        guard let idea = try store.idea(project, of: id) else {
            throw RegistryNotFound(.gameIdea, project)
        }
        return idea
    }

    /// Refuses a member who is not registered for the Game or is already on one of its teams.
    static func requireFree(_ member: MemberID, in id: EventID, _ store: GameStore) throws {
        guard try store.isParticipant(member, in: id) else {
            throw GameConflict.notRegistered(member)
        }
        if let team = try store.team(of: member, in: id) {
            throw GameConflict.alreadyOnTeam(member, team: team)
        }
    }
}
