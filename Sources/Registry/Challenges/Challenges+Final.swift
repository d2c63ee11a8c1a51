import Ledger

extension Challenges {
    /// Opens the final round of a sealed Challenge: a new Challenge of the same towns and
    /// criteria, judged by one common panel (separate panels' marks do not compare), with
    /// the best `topPerTown` teams of each town by the sealed ranking registered in it.
    /// All of it, or nothing, in one transaction; the final starts in `draft` so staff add
    /// the panel's judges before opening it.
    public func createFinal(of preliminary: EventID, title: String, startsOn: CalendarDate, endsOn: CalendarDate,
                            topPerTown: Int) async throws -> Event {
        let name = try RegistryText.required(title, field: "title", maximumCharacters: 300)
        guard (1...20).contains(topPerTown) else {
            throw RegistryValidationError(field: "top_per_town", rule: .notInRange(minimum: 1, maximum: 20, unit: .number))
        }
        guard startsOn <= endsOn else { throw RegistryValidationError(field: "ends_on", rule: .endsBeforeStart) }
        let now = clock()
        let finalID: EventID = try .generate()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let first = try EventStore(database: transaction.database).require(preliminary, kind: .challenge, in: [.sealed],
                                                                               toDo: "a final round can be drawn from it")
            let store = ChallengeStore(database: transaction.database)
            guard var rules = try store.rules(of: preliminary)?.rules else {
                throw ChallengeConflict.noRules
            }
            let board = try Self.leaderboard(of: preliminary, respectingFreeze: false, transaction.database)
            let teams = Dictionary(try store.teams(of: preliminary).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            rules.commonPanel = true
            rules.finalOf = preliminary.rawValue
            let event = Event(id: finalID, kind: .challenge, title: name, cityIDs: first.cityIDs, townsElsewhere: first.townsElsewhere, startsOn: startsOn, endsOn: endsOn,
                              status: .draft, seal: nil, createdAt: now)
            try Events.insert(event, in: transaction, signer: signer)
            try Self.saveRules(rules, chair: try store.rules(of: preliminary)?.chair, of: finalID, in: transaction,
                               signer: signer, at: now)
            for town in first.cityIDs + first.townsElsewhere.map(\.cityID) {
                let best = board.teams.filter { $0.cityID == town && $0.total != nil }.prefix(topPerTown)
                for standing in best {
                    guard let team = teams[standing.team] else { continue }
                    try Self.insert(ChallengeTeam(id: try .generate(), eventID: finalID, cityID: team.cityID, name: team.name,
                                                  projectID: team.projectID, memberIDs: team.memberIDs, registeredAt: now,
                                                  nominatedElsewhere: team.nominatedElsewhere),
                                    in: transaction, signer: signer)
                }
            }
            return try Events.require(finalID, EventStore(database: transaction.database))
        }
    }
}
