import Ledger

/// The events of the Union's cycle and what they share: towns, a schedule, a status
/// that Union staff move along, and sealing, which writes the hash of the results table
/// into the ledger. Creating, moving and sealing are ledger entries (`event.create`,
/// `event.status`, `event.seal`) holding ids, dates and hashes only; each kind of event
/// (`Challenges`, …) adds its own acts and computes the table it seals. An event that
/// begins or is sealed moves its step on the road map of each of its towns (`RoadMaps`).
public struct Events: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Announces an event in `draft`. Refuses unknown towns and an end before the start.
    /// A Challenge may also take towns mirrored from other towns' nodes (`Federation`):
    /// their teams come from their own node.
    public func create(_ draft: EventDraft) async throws -> Event {
        let title = try RegistryText.required(draft.title, field: "title", maximumCharacters: 300)
        let towns = Array(Set(draft.cityIDs)).sorted { $0.rawValue < $1.rawValue }
        guard !towns.isEmpty else { throw RegistryValidationError(field: "city_ids", rule: .tooFew(minimum: 1)) }
        guard draft.startsOn <= draft.endsOn else {
            throw RegistryValidationError(field: "ends_on", rule: .endsBeforeStart)
        }
        let id: EventID = try .generate()
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let cities = CityStore(database: transaction.database)
            var local: [CityID] = []
            var elsewhere: [TownElsewhere] = []
            for (index, town) in towns.enumerated() {
                if try cities.city(id: town) != nil {
                    local.append(town)
                } else if let origin = try Self.originMirroring(town, transaction.database) {
                    guard draft.kind == .challenge else {
                        throw RegistryValidationError(field: "city_ids/\(index)", rule: .onlyChallengeTakesOtherNodesTowns)
                    }
                    elsewhere.append(TownElsewhere(origin: origin, cityID: town))
                } else {
                    throw RegistryValidationError(field: "city_ids/\(index)", rule: .notFound(.city))
                }
            }
            let event = Event(id: id, kind: draft.kind, title: title, cityIDs: local, townsElsewhere: elsewhere, startsOn: draft.startsOn,
                              endsOn: draft.endsOn, status: .draft, seal: nil, createdAt: now)
            try Self.insert(event, in: transaction, signer: signer)
            return event
        }
    }

    /// The followed node whose mirror holds the town `city`, if exactly one does: a town
    /// id that two nodes' logs both register names no town, since either may claim it.
    private static func originMirroring(_ city: CityID, _ connection: SQLiteConnection) throws -> String? {
        let origins = try connection.query("SELECT origin FROM mirrored_town WHERE city_id = ? LIMIT 2", [.text(city.rawValue)]) {
            try TableRow($0, table: "mirrored_town", id: city.rawValue).value("origin") as String
        }
        return origins.count == 1 ? origins[0] : nil
    }

    /// Stores a new event and appends its `event.create` entry, in a caller's transaction.
    static func insert(_ event: Event, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        try EventStore(database: transaction.database).insert(event)
        var payload: JSONObject = [
            "event_id": .string(event.id.rawValue), "kind": .string(event.kind.rawValue),
            "city_ids": .array(event.cityIDs.map { .string($0.rawValue) }),
            "starts_on": .string(event.startsOn.rfc3339), "ends_on": .string(event.endsOn.rfc3339),
        ]
        if !event.townsElsewhere.isEmpty {
            payload["towns_elsewhere"] = .array(event.townsElsewhere.map { town in
                .object(["origin": .string(town.origin), "city_id": .string(town.cityID.rawValue)])
            })
        }
        try transaction.append(kind: "event.create", payload: payload, author: signer)
    }

    /// Moves the event to the next status; refuses any other move, and sealing, which is `seal`.
    public func move(_ id: EventID, to status: EventStatus) async throws -> Event {
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = EventStore(database: transaction.database)
            guard let event = try store.event(id: id) else { throw RegistryNotFound(.event, id) }
            guard event.status.next == status else {
                throw EventStateError.cannotMove(id, current: event.status, requested: status, next: event.status.next)
            }
            try store.setStatus(status, of: id)
            try transaction.append(kind: "event.status", payload: [
                "event_id": .string(id.rawValue), "from": .string(event.status.rawValue), "to": .string(status.rawValue),
            ], author: signer)
            if status == .running { try RoadMaps.begin(by: event, on: CalendarDate(clock()), in: transaction, signer: signer) }
            return try Self.require(id, store)
        }
    }

    /// Seals a closed event with `results`, its full results table: the table is kept
    /// as canonical JSON and its SHA-256 written to the ledger. Called by each kind of
    /// event with the table it computed, inside the same transaction as its own checks.
    static func seal(_ id: EventID, kind: EventKind, results: JSONValue, in transaction: LedgerTransaction,
                     signer: any EntrySigner, at time: LedgerTime) throws -> EventSeal {
        let store = EventStore(database: transaction.database)
        let event = try store.require(id, kind: kind, in: [.closed], toDo: "results can be sealed")
        let bytes = try results.canonicalBytes()
        let hash = SHA256.hash(bytes)
        let receipt = try transaction.append(kind: "event.seal", payload: [
            "event_id": .string(id.rawValue), "results_sha256": .string(hash.hex),
        ], author: signer)
        let seal = EventSeal(resultsSHA256: hash, ledgerSeq: receipt.seq, sealedAt: time,
                             results: String(decoding: bytes, as: UTF8.self))
        try store.insertSeal(seal, of: id)
        try store.setStatus(.sealed, of: id)
        try RoadMaps.complete(by: event, on: CalendarDate(time), in: transaction, signer: signer)
        return seal
    }

    public func event(id: EventID) async throws -> Event? {
        try await database.read { try EventStore(database: $0).event(id: id) }
    }

    /// One page of events, oldest first, of `kind` and in `cityID` when given.
    public func events(kind: EventKind? = nil, cityID: CityID? = nil, page: PageRequest) async throws -> ListPage<Event> {
        try await database.read { try EventStore(database: $0).events(kind: kind, cityID: cityID, page) }
    }

    static func require(_ id: EventID, _ store: EventStore) throws -> Event {
        guard let event = try store.event(id: id) else { throw RegistryNotFound(.event, id) }
        return event
    }
}
