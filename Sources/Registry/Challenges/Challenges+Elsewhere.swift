import Ledger

/// A Challenge across towns: a node hosts it with towns of other nodes taking part
/// (`Events.create`), each of those towns nominates its teams on its own node
/// (`challenge.nomination`), and the host takes each team from that node's log once its
/// mirror has verified the entry (`challenge.team` citing it).
extension Challenges {
    /// Nominates a team of `city`, one of this node's towns, for the Challenge `event` that
    /// the followed node `origin` hosts and in which the town takes part.
    public func nominate(_ name: String, of city: CityID, project: ProjectID?, to event: EventID,
                         hostedBy origin: String) async throws -> ChallengeNomination {
        let title = try RegistryText.required(name, field: "name", maximumCharacters: 200)
        let teamID: ChallengeTeamID = try .generate()
        let now = clock()
        let signer = database.ledger.nodeKey
        let own = database.ledger.origin
        return try await database.write { transaction in
            let connection = transaction.database
            let kind = try connection.queryFirst("SELECT kind FROM mirrored_event WHERE origin = ? AND event_id = ?",
                                                 [.text(origin), .text(event.rawValue)]) {
                try TableRow($0, table: "mirrored_event", id: event.rawValue).value("kind") as String
            }
            guard kind == EventKind.challenge.rawValue else { throw RegistryNotFound(.event, event) }
            let takingPart = try connection.queryFirst(
                "SELECT 1 AS taking_part FROM mirrored_event_town WHERE origin = ? AND event_id = ? AND town_origin = ? AND city_id = ?",
                [.text(origin), .text(event.rawValue), .text(own), .text(city.rawValue)]) { _ in true } ?? false
            guard takingPart, try CityStore(database: connection).city(id: city) != nil else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.challengeTown))
            }
            if let project {
                guard try ProjectStore(database: connection).project(id: project)?.cityID == city else {
                    throw RegistryValidationError(field: "project_id", rule: .notFound(.project))
                }
            }
            let named = try connection.queryFirst(
                "SELECT 1 AS named FROM challenge_nomination WHERE host_origin = ? AND event_id = ? AND name = ?",
                [.text(origin), .text(event.rawValue), .text(title)]) { _ in true } ?? false
            guard !named else { throw ChallengeConflict.teamNameTaken(title) }
            let receipt = try transaction.append(kind: "challenge.nomination", payload: [
                "host_origin": .string(origin), "event_id": .string(event.rawValue), "team_id": .string(teamID.rawValue),
                "city_id": .string(city.rawValue), "project_id": project.map { .string($0.rawValue) } ?? .null,
            ], author: signer)
            _ = try connection.run(
                """
                INSERT INTO challenge_nomination (team_id, host_origin, event_id, city_id, name, project_id, ledger_seq, nominated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [.text(teamID.rawValue), .text(origin), .text(event.rawValue), .text(city.rawValue), .text(title),
                      project.map { .text($0.rawValue) } ?? .null, .int(receipt.seq), .text(now.rfc3339)])
            return ChallengeNomination(teamID: teamID, hostOrigin: origin, eventID: event, cityID: city, name: title, projectID: project,
                                       ledgerSeq: receipt.seq, nominatedAt: now, takenSeq: nil)
        }
    }

    /// The teams this node's towns nominated for Challenges other nodes host, newest first.
    public func nominations() async throws -> [ChallengeNomination] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT team_id, host_origin, event_id, city_id, name, project_id, ledger_seq, nominated_at, taken_seq
                FROM challenge_nomination ORDER BY ledger_seq DESC
                """, []) { row in
                let row = TableRow(row, table: "challenge_nomination")
                return ChallengeNomination(teamID: try row.value("team_id"), hostOrigin: try row.value("host_origin"),
                                           eventID: try row.value("event_id"), cityID: try row.value("city_id"), name: try row.value("name"),
                                           projectID: try row.optional("project_id"), ledgerSeq: try row.value("ledger_seq"),
                                           nominatedAt: try row.value("nominated_at"), takenSeq: try row.optional("taken_seq"))
            }
        }
    }

    /// Takes as teams the nominations for this node's Challenges that its mirrors have read
    /// and named: each one whose Challenge registers teams and has the nominating node's
    /// town; one whose Challenge is still a draft waits, any other is refused with the
    /// reason. Answers how many teams were taken; writes nothing when none is to be taken
    /// or refused, so that waiting nominations cost no commit each round.
    @discardableResult
    public func takeNominations() async throws -> Int {
        let waiting = """
            FROM mirrored_nomination m WHERE m.refusal IS NULL AND m.name IS NOT NULL AND m.taken_team_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM event e WHERE e.id = m.event_id AND e.status = 'draft')
            """
        let pending = try await database.read { connection in
            try connection.queryFirst("SELECT count(*) AS waiting \(waiting)", []) {
                try TableRow($0, table: "mirrored_nomination", id: "").value("waiting") as Int
            } ?? 0
        }
        guard pending > 0 else { return 0 }
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let connection = transaction.database
            let nominations = try connection.query(
                "SELECT m.origin, m.team_id, m.event_id, m.city_id, m.name, m.entry_seq, m.entry_sha256 \(waiting) ORDER BY m.entry_seq", []
            ) { row in
                let row = TableRow(row, table: "mirrored_nomination", id: "")
                return (origin: try row.value("origin") as String, team: try row.value("team_id") as String,
                        event: try row.value("event_id") as EventID, city: try row.value("city_id") as CityID,
                        name: try row.value("name") as String, seq: try row.value("entry_seq") as Int,
                        hash: try row.value("entry_sha256") as String)
            }
            let events = EventStore(database: connection)
            let store = ChallengeStore(database: connection)
            var taken = 0
            for nomination in nominations {
                let refusal: ReceivedNomination.Refusal?
                let event = try events.event(id: nomination.event)
                if event?.kind != .challenge {
                    refusal = .noSuchChallenge
                } else if event?.status == .draft {
                    continue
                } else if event?.status != .open {
                    refusal = .registrationClosed
                } else if event?.townsElsewhere.contains(TownElsewhere(origin: nomination.origin, cityID: nomination.city)) != true {
                    refusal = .townNotTakingPart
                } else if try store.teamNames(of: nomination.event).contains(where: { $0.name == nomination.name }) {
                    refusal = .nameTaken
                } else {
                    refusal = nil
                }
                if let refusal {
                    _ = try connection.run("UPDATE mirrored_nomination SET refusal = ? WHERE origin = ? AND team_id = ?",
                                           [.text(refusal.rawValue), .text(nomination.origin), .text(nomination.team)])
                    continue
                }
                let team = ChallengeTeam(id: try .generate(), eventID: nomination.event, cityID: nomination.city, name: nomination.name,
                                         projectID: nil, memberIDs: [], registeredAt: now,
                                         nominatedElsewhere: TeamNominatedElsewhere(origin: nomination.origin, seq: nomination.seq,
                                                                                    entrySHA256: nomination.hash, teamID: nomination.team))
                try Self.insert(team, in: transaction, signer: signer)
                _ = try connection.run("UPDATE mirrored_nomination SET taken_team_id = ? WHERE origin = ? AND team_id = ?",
                                       [.text(team.id.rawValue), .text(nomination.origin), .text(nomination.team)])
                taken += 1
            }
            return taken
        }
    }

    /// The teams other nodes nominated for `event`, in the order of their entries.
    public func nominationsReceived(for event: EventID) async throws -> [ReceivedNomination] {
        try await database.read { connection in
            try connection.query(
                """
                SELECT m.origin, m.team_id, m.event_id, m.city_id, m.name, m.entry_seq, m.refusal, m.taken_team_id IS NOT NULL AS taken
                FROM mirrored_nomination m WHERE m.event_id = ? ORDER BY m.entry_seq
                """, [.text(event.rawValue)]) { row in
                let row = TableRow(row, table: "mirrored_nomination", id: event.rawValue)
                let refusal: String? = try row.optional("refusal")
                return ReceivedNomination(origin: try row.value("origin"), teamID: try row.value("team_id"), eventID: try row.value("event_id"),
                                          cityID: try row.value("city_id"), name: try row.optional("name"), entrySeq: try row.value("entry_seq"),
                                          taken: try row.value("taken") as Int == 1, refusal: refusal.flatMap(ReceivedNomination.Refusal.init))
            }
        }
    }
}
