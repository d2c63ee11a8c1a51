import Ledger

/// The Glocal City Challenge: teams of several towns marked by a committee of judges on
/// weighted criteria, with conflicts of interest enforced, marks normalised per judge,
/// and a published tie-break ladder (see `ChallengeRules`). Every act is a ledger entry
/// naming ids and numbers: the rules' hash, teams, judges, assignments, each mark and
/// each correction (who, when), the freeze of the public board, the chair's tie
/// decision, and the sealed results.
///
/// Judging is open while the event is `running`; once `closed` no new mark is taken,
/// but a judge may still correct its marks until the results are sealed.
public struct Challenges: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime
    let boards: ChallengeBoards
    /// How often the public board is scored at most while judges mark: what it shows is
    /// this late at most.
    public static let publicBoardRefresh = ChallengeBoards.publicRefresh

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
        boards = ChallengeBoards(path: database.ledger.path)
    }

    /// Sets the rules and the committee's chair, before judging opens.
    public func setRules(_ rules: ChallengeRules, chair: MemberID?, of event: EventID) async throws -> ChallengeRules {
        let checked = try rules.validated()
        let now = clock()
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.draft, .open],
                                                                       toDo: "the rules can be set")
            if let chair { _ = try Self.admittedMember(chair, transaction.database) }
            try Self.saveRules(checked, chair: chair, of: event, in: transaction, signer: signer, at: now)
        }
        return checked
    }

    /// Stores the rules and appends their `challenge.rules` entry, in a caller's transaction.
    static func saveRules(_ rules: ChallengeRules, chair: MemberID?, of event: EventID, in transaction: LedgerTransaction,
                          signer: any EntrySigner, at time: LedgerTime) throws {
        try ChallengeStore(database: transaction.database).saveRules(rules, chair: chair, of: event, at: time)
        var payload: JSONObject = ["event_id": .string(event.rawValue), "rules": try Self.rulesJSON(rules)]
        payload["chair"] = chair.map { .string($0.rawValue) } ?? .null
        try transaction.append(kind: "challenge.rules", payload: payload, author: signer)
    }

    /// Registers a team of `city` (one of the event's towns) while the event is open.
    public func registerTeam(_ name: String, of city: CityID, project: ProjectID?, members: [MemberID],
                             in event: EventID) async throws -> ChallengeTeam {
        let title = try RegistryText.required(name, field: "name", maximumCharacters: 200)
        let team = ChallengeTeam(id: try .generate(), eventID: event, cityID: city, name: title, projectID: project,
                                 memberIDs: Array(Set(members)).sorted { $0.rawValue < $1.rawValue }, registeredAt: clock())
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let found = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.open],
                                                                               toDo: "teams can register")
            guard found.cityIDs.contains(city) else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.challengeTown))
            }
            if let project, try ProjectStore(database: transaction.database).project(id: project) == nil {
                throw RegistryValidationError(field: "project_id", rule: .notFound(.project))
            }
            for member in team.memberIDs { _ = try Self.admittedMember(member, transaction.database) }
            try Self.insert(team, in: transaction, signer: signer)
            return team
        }
    }

    /// Stores a team and appends its `challenge.team` entry, in a caller's transaction.
    static func insert(_ team: ChallengeTeam, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        try ChallengeStore(database: transaction.database).insert(team)
        var payload: JSONObject = [
            "event_id": .string(team.eventID.rawValue), "team_id": .string(team.id.rawValue),
            "city_id": .string(team.cityID.rawValue), "member_ids": .array(team.memberIDs.map { .string($0.rawValue) }),
        ]
        payload["project_id"] = team.projectID.map { .string($0.rawValue) } ?? .null
        if let nominated = team.nominatedElsewhere {
            payload["source"] = .object(["origin": .string(nominated.origin), "seq": .integer(Int64(nominated.seq)),
                                         "entry_sha256": .string(nominated.entrySHA256), "team_id": .string(nominated.teamID)])
        }
        try transaction.append(kind: "challenge.team", payload: payload, author: signer)
    }

    /// Adds an admitted member to the committee of judges, before judging closes.
    public func addJudge(_ judge: MemberID, to event: EventID) async throws {
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.draft, .open, .running],
                                                                       toDo: "judges can be added")
            _ = try Self.admittedMember(judge, transaction.database)
            let store = ChallengeStore(database: transaction.database)
            guard try !store.judges(of: event).contains(judge) else {
                throw ChallengeConflict.alreadyJudge(judge)
            }
            try store.addJudge(judge, to: event)
            try transaction.append(kind: "challenge.judge", payload: [
                "event_id": .string(event.rawValue), "judge": .string(judge.rawValue),
            ], author: signer)
        }
    }

    public func rules(of event: EventID) async throws -> (rules: ChallengeRules, chair: MemberID?, frozenAt: LedgerTime?)? {
        try await database.read { try ChallengeStore(database: $0).rules(of: event) }
    }

    public func teams(of event: EventID) async throws -> [ChallengeTeam] {
        try await database.read { try ChallengeStore(database: $0).teams(of: event) }
    }

    /// Each team's name by id, read in one query: what a board shows of its teams.
    public func teamNames(of event: EventID) async throws -> [ChallengeTeamID: String] {
        try await database.read { connection in
            Dictionary(try ChallengeStore(database: connection).teamNames(of: event).map { ($0.id, $0.name) },
                       uniquingKeysWith: { first, _ in first })
        }
    }

    public func judges(of event: EventID) async throws -> [MemberID] {
        try await database.read { try ChallengeStore(database: $0).judges(of: event) }
    }

    static func admittedMember(_ id: MemberID, _ database: SQLiteConnection) throws -> Member {
        guard let member = try MemberStore(database: database).member(id: id) else {
            throw RegistryNotFound(.member, id)
        }
        guard member.status == .admitted else {
            throw MembershipConflict.notAdmitted(id, status: member.status)
        }
        return member
    }

    static func rulesJSON(_ rules: ChallengeRules) throws -> JSONValue {
        .object([
            "criteria": .array(rules.criteria.map { criterion in
                ["id": .string(criterion.id), "weight": .integer(Int64(criterion.weight)),
                 "scale_minimum": .integer(Int64(criterion.scaleMinimum)), "scale_maximum": .integer(Int64(criterion.scaleMaximum))]
            }),
            "judges_per_team": .integer(Int64(rules.judgesPerTeam)),
            "z_score_minimum_teams": .integer(Int64(rules.zScoreMinimumTeams)),
            "awards": .array(rules.awards.map { .string($0.criterionID) }),
            "common_panel": .bool(rules.commonPanel ?? false),
            "final_of": rules.finalOf.map(JSONValue.string) ?? .null,
        ])
    }
}
