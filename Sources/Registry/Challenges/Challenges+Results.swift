import Ledger

extension Challenges {
    /// The leaderboard from the current marks. The public sees the board as it stood
    /// when staff froze it (if they did), so the last phase can stay a surprise; the
    /// committee and staff ask for `frozen: false`.
    ///
    /// Viewers' boards come from the marks held in memory (`ChallengeBoards`), brought up
    /// to date with those entered since; the public board is scored at most once per
    /// `ChallengeBoards.publicRefresh`, apart from its viewers while they keep coming. The
    /// sealed table does not use them.
    public func leaderboard(of event: EventID, respectingFreeze: Bool) async throws -> ChallengeLeaderboard {
        try await leaderboardWithJSON(of: event, respectingFreeze: respectingFreeze).board
    }

    /// The leaderboard as `leaderboard(of:respectingFreeze:)` gives it, with its canonical
    /// JSON: the public board's is encoded once per scoring, not once per viewer. `rescore`
    /// scores the public board now whenever it was last scored: the live feed asks so after
    /// a change, so that the last change always reaches its viewers.
    public func leaderboardWithJSON(of event: EventID, respectingFreeze: Bool,
                                    rescore: Bool = false) async throws -> (board: ChallengeLeaderboard, json: [UInt8]) {
        if respectingFreeze, !rescore {
            switch boards.publicTurn(event) {
            case let .serve(board, json):
                return (board, json)
            case let .serveAndRescore(board, json):
                Task.detached { [self] in
                    _ = try? await leaderboardWithJSON(of: event, respectingFreeze: true, rescore: true)
                    boards.rescored(event)
                }
                return (board, json)
            case .score:
                break
            }
        }
        let board = try await scored(event, respectingFreeze: respectingFreeze)
        guard respectingFreeze else { return (board, try board.json.canonicalBytes()) }
        return (board, try boards.showPublic(board, of: event))
    }

    /// Scores the board on a thread and a read connection of its own (`BoardScoringExecutor`):
    /// bringing the marks in memory up to date after many were given takes a while, and the
    /// caller's thread (a server's event loop) has other requests to answer meanwhile.
    private func scored(_ event: EventID, respectingFreeze: Bool) async throws -> ChallengeLeaderboard {
        try await Task(executorPreference: boards.scoring) { [boards] in
            try await boards.scoringReads.read { connection in
                let store = ChallengeStore(database: connection)
                guard let settings = try store.rules(of: event) else { throw ChallengeConflict.noRules }
                let chairOrder = try store.tieDecision(of: event)
                if respectingFreeze, let frozenAt = settings.frozenAt {
                    return try boards.frozen(event, at: frozenAt, chairOrder: chairOrder) {
                        try Self.leaderboard(of: event, respectingFreeze: true, connection)
                    }
                }
                return try boards.live(event, rules: settings.rules, teams: try store.teamTowns(of: event), chairOrder: chairOrder, store)
            }
        }.value
    }

    static func leaderboard(of event: EventID, respectingFreeze: Bool, _ database: SQLiteConnection) throws -> ChallengeLeaderboard {
        let store = ChallengeStore(database: database)
        guard let settings = try store.rules(of: event) else {
            throw ChallengeConflict.noRules
        }
        let until = respectingFreeze ? settings.frozenAt : nil
        return ChallengeLeaderboard(rules: settings.rules, teams: try store.teamTowns(of: event),
                                    marks: try store.currentMarks(of: event, until: until), chairOrder: try store.tieDecision(of: event))
    }

    /// Freezes the public board at this moment; marks given later show only once sealed.
    public func freezePublicBoard(of event: EventID) async throws -> LedgerTime {
        let now = clock()
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.running, .closed],
                                                                       toDo: "the public board can be frozen")
            let store = ChallengeStore(database: transaction.database)
            guard let settings = try store.rules(of: event) else { throw ChallengeConflict.noRules }
            guard settings.frozenAt == nil else { throw ChallengeConflict.alreadyFrozen }
            try store.freeze(event, at: now)
            try transaction.append(kind: "challenge.freeze", payload: ["event_id": .string(event.rawValue)], author: signer)
        }
        boards.forgetPublic(event)
        return now
    }

    /// The chair's recorded order for teams the ladder leaves tied. Only the chair
    /// decides, and only before sealing.
    public func decideTie(order: [ChallengeTeamID], by chair: MemberID, in event: EventID) async throws {
        let now = clock()
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            _ = try EventStore(database: transaction.database).require(event, kind: .challenge, in: [.running, .closed],
                                                                       toDo: "the chair can decide a tie")
            let store = ChallengeStore(database: transaction.database)
            guard let settings = try store.rules(of: event), settings.chair == chair else {
                throw ChallengeConflict.onlyChairDecidesTies
            }
            let teams = Set(try store.teams(of: event).map(\.id))
            guard Set(order).count == order.count, order.allSatisfy(teams.contains) else {
                throw RegistryValidationError(field: "team_ids", rule: .usedTwice)
            }
            try store.saveTieDecision(order, of: event, at: now)
            try transaction.append(kind: "challenge.tie_decision", payload: [
                "event_id": .string(event.rawValue), "chair": .string(chair.rawValue),
                "team_ids": .array(order.map { .string($0.rawValue) }),
            ], author: signer)
        }
        boards.forgetPublic(event)
    }

    /// Seals the closed challenge: the full board (teams, towns, awards) with the rules
    /// it was computed by becomes the results table whose hash the ledger holds.
    public func seal(_ event: EventID) async throws -> EventSeal {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let board = try Self.leaderboard(of: event, respectingFreeze: false, transaction.database)
            guard let rules = try ChallengeStore(database: transaction.database).rules(of: event)?.rules else {
                throw ChallengeConflict.noRules
            }
            guard var results = board.json.objectValue else { throw ChallengeConflict.noRules }
            results["event_id"] = .string(event.rawValue)
            results["rules"] = try Self.rulesJSON(rules)
            return try Events.seal(event, kind: .challenge, results: .object(results), in: transaction, signer: signer, at: now)
        }
    }
}
