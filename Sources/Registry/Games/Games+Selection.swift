import Ledger

/// The commission's approval voting and the sealing of its outcome.
///
/// Each commission member (an account holding the `committee` role, or the account of a
/// member named on the Game's commission) approves any number of ideas, each at most
/// once; approving an idea twice is refused. While the Game is `running` an approval
/// may be withdrawn and given again; from `closed` on the approvals are frozen.
extension Games {
    /// Records `account`'s approval of an idea.
    public func approve(idea project: ProjectID, of id: EventID, by account: AccountID) async throws -> GameIdea {
        let now = clock()
        return try await database.write { transaction in
            let store = try Self.requireCommission(account, of: id, transaction)
            _ = try Self.requireIdea(project, of: id, store)
            guard try !store.hasApproval(of: project, by: account) else {
                throw GameConflict.alreadyApproved(project)
            }
            try store.insertApproval(of: project, by: account, at: now)
            return try Self.requireIdea(project, of: id, store)
        }
    }

    /// Withdraws `account`'s approval of an idea while the Game runs.
    public func withdrawApproval(idea project: ProjectID, of id: EventID, by account: AccountID) async throws -> GameIdea {
        try await database.write { transaction in
            let store = try Self.requireCommission(account, of: id, transaction)
            guard try store.deleteApproval(of: project, by: account) else {
                throw RegistryNotFound(.gameApproval, project)
            }
            return try Self.requireIdea(project, of: id, store)
        }
    }

    /// Whether `account` sits on the Game's commission.
    public func isOnCommission(_ account: AccountID, of id: EventID) async throws -> Bool {
        try await database.read { try Self.isOnCommission(account, of: id, $0) }
    }

    /// The ranking as it would be sealed now (the sealed one once the Game is sealed).
    public func results(of id: EventID) async throws -> [IdeaResult] {
        try await database.read { database in
            guard let settings = try GameStore(database: database).settings(of: id) else { return [] }
            return settings.selection.rank(try GameStore(database: database).ideas(of: id))
        }
    }

    /// Seals the `closed` Game: the ranking under its rule becomes the sealed results
    /// table, and each selected idea's project moves from `idea` to `selected`.
    public func seal(_ id: EventID) async throws -> EventSeal {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            _ = try Self.require(id, in: [.closed], toDo: "results can be sealed", transaction)
            let store = GameStore(database: transaction.database)
            let settings = try store.requireSettings(of: id)
            let ranking = settings.selection.rank(try store.ideas(of: id))
            let seal = try Events.seal(id, kind: .game, results: Self.table(id, settings, ranking), in: transaction,
                                       signer: signer, at: now)
            for result in ranking where result.selected {
                _ = try Projects.move(result.idea.projectID, to: .selected, in: transaction, signer: signer, at: now)
            }
            return seal
        }
    }

    static func table(_ id: EventID, _ settings: GameSettings, _ ranking: [IdeaResult]) -> JSONValue {
        [
            "event_id": .string(id.rawValue),
            "selection": ["rule": .string(settings.selection.name), "count": .integer(Int64(settings.selection.count))],
            "tie_break": "more approvals first, then earlier submission (lower submitted_seq)",
            "ideas": .array(ranking.map { result in
                [
                    "project_id": .string(result.idea.projectID.rawValue), "approvals": .integer(Int64(result.idea.approvals)),
                    "submitted_seq": .integer(Int64(result.idea.submittedSeq)), "rank": .integer(Int64(result.rank)),
                    "selected": .bool(result.selected),
                ]
            }),
        ]
    }

    private static func requireCommission(_ account: AccountID, of id: EventID, _ transaction: LedgerTransaction) throws -> GameStore {
        _ = try require(id, in: [.running], toDo: "the commission can vote", transaction)
        guard try isOnCommission(account, of: id, transaction.database) else {
            throw GameConflict.notOnCommission
        }
        return GameStore(database: transaction.database)
    }

    private static func isOnCommission(_ account: AccountID, of id: EventID, _ database: SQLiteConnection) throws -> Bool {
        if try AccountStore(database: database).roles(of: account).contains(.committee) { return true }
        guard let member = try MemberStore(database: database).member(account: account),
              let settings = try GameStore(database: database).settings(of: id) else { return false }
        return settings.commission.contains(member.id)
    }
}
