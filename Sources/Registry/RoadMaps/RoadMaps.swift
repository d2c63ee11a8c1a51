import Ledger

/// Each town's road map of annex 2: its fourteen steps with who answers for them, their
/// planned dates, where they stand and the documents that show them taken. Starting a
/// road map (`roadmap.start`), each change of a step (`roadmap.step`) and each document
/// deposited (`roadmap.evidence`) is a ledger entry of ids, step numbers, dates, words and
/// hashes; owners and titles stay in registry rows. Sealing a Game, a cohort, an
/// investment session or a Challenge completes its step in each of its towns
/// (`RoadMaps.complete`), in the sealing's own transaction.
public struct RoadMaps: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Starts the town's road map on `day`, planning each step from the seed's lengths.
    /// Refuses a town whose road map has started.
    public func start(_ city: CityID, on day: CalendarDate) async throws -> TownRoadMap {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try CityProfiles.requireCity(city, transaction.database)
            let store = RoadMapStore(database: transaction.database)
            guard try store.roadMap(of: city) == nil else { throw TownConflict.roadMapStarted }
            let plan = TownRoadMap.plan(startingOn: day)
            let receipt = try transaction.append(kind: "roadmap.start", payload: [
                "city_id": .string(city.rawValue), "starts_on": .string(day.rfc3339),
                "steps": .array(plan.map { planned in
                    .object(["step": .integer(Int64(planned.step.rawValue)), "starts_on": .string(planned.start.rfc3339),
                             "ends_on": .string(planned.end.rfc3339)])
                }),
            ], author: signer)
            try store.insert(city: city, startsOn: day, ledgerSeq: receipt.seq, at: now)
            for planned in plan {
                try store.save(RoadMapStepRecord(cityID: city, step: planned.step, owner: planned.step.seedOwner, plannedStart: planned.start,
                                                 plannedEnd: planned.end, status: .planned, doneOn: nil, eventID: nil,
                                                 ledgerSeq: receipt.seq, evidence: []))
            }
            return try Self.require(city, store)
        }
    }

    /// Sets who answers for a step, its planned dates and where it stands. A step marked
    /// done is done today; one moved back from done forgets what completed it. A change
    /// that changes nothing writes nothing.
    public func change(_ step: RoadMapStep, of city: CityID, to change: RoadMapStepChange) async throws -> RoadMapStepRecord {
        let owner = try RegistryText.required(change.owner, field: "owner", maximumCharacters: 200)
        guard change.plannedStart <= change.plannedEnd else {
            throw RegistryValidationError(field: "planned_end", rule: .endsBeforeStart)
        }
        let today = CalendarDate(clock())
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = try Self.store(of: city, transaction.database)
            let current = try Self.require(step, of: city, store)
            let done = change.status == .done
            let changed = RoadMapStepRecord(
                cityID: city, step: step, owner: owner, plannedStart: change.plannedStart, plannedEnd: change.plannedEnd,
                status: change.status, doneOn: done ? current.doneOn ?? today : nil, eventID: done ? current.eventID : nil,
                ledgerSeq: current.ledgerSeq, evidence: current.evidence)
            guard changed != current else { return current }
            let receipt = try Self.appendStep(changed, in: transaction, signer: signer)
            let saved = changed.written(at: receipt.seq)
            try store.save(saved)
            return saved
        }
    }

    /// Deposits a document that shows the step taken, by its SHA-256 and a title. Refuses
    /// the same document twice for one step.
    public func deposit(_ sha256: SHA256Digest, titled title: String, for step: RoadMapStep, of city: CityID) async throws -> RoadMapEvidence {
        let title = try RegistryText.required(title, field: "title", maximumCharacters: 200)
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = try Self.store(of: city, transaction.database)
            let current = try Self.require(step, of: city, store)
            guard !current.evidence.contains(where: { $0.sha256 == sha256 }) else { throw TownConflict.evidenceDeposited }
            let receipt = try transaction.append(kind: "roadmap.evidence", payload: [
                "city_id": .string(city.rawValue), "step": .integer(Int64(step.rawValue)), "sha256": .string(sha256.hex),
            ], author: signer)
            let evidence = RoadMapEvidence(sha256: sha256, title: title, ledgerSeq: receipt.seq, depositedAt: now)
            try store.insert(evidence, of: step, in: city)
            return evidence
        }
    }

    /// The day by the registry's clock, against which a step is late.
    public var today: CalendarDate { CalendarDate(clock()) }

    /// The town's road map, or nil while it has not started.
    public func roadMap(of city: CityID) async throws -> TownRoadMap? {
        try await database.read { connection in
            try CityProfiles.requireCity(city, connection)
            return try RoadMapStore(database: connection).roadMap(of: city)
        }
    }

    /// Every town's road map, in the order they started, for comparing towns' progress.
    public func all() async throws -> [TownRoadMap] {
        try await database.read { try RoadMapStore(database: $0).all() }
    }

    /// Marks done, in each of its towns that has a road map, the step `event` completes
    /// when sealed on `day`: the first accelerator step not yet done for a cohort. Runs in
    /// the sealing's transaction, after its `event.seal` entry.
    static func complete(by event: Event, on day: CalendarDate, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        try advance(by: event, to: .done, on: day, in: transaction, signer: signer)
    }

    /// Marks underway, in each of its towns, the planned step `event` will complete, when
    /// the event begins.
    static func begin(by event: Event, on day: CalendarDate, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        try advance(by: event, to: .underway, on: day, in: transaction, signer: signer)
    }

    private static func advance(by event: Event, to status: RoadMapStatus, on day: CalendarDate, in transaction: LedgerTransaction,
                                signer: any EntrySigner) throws {
        let store = RoadMapStore(database: transaction.database)
        for city in event.cityIDs {
            let steps = try RoadMapStep.allCases.filter { $0.completingEvent == event.kind }.compactMap { try store.step($0, of: city) }
            guard let step = steps.first(where: { $0.status != .done }),
                  status == .done || step.status == .planned else { continue }
            let advanced = RoadMapStepRecord(cityID: city, step: step.step, owner: step.owner, plannedStart: step.plannedStart,
                                             plannedEnd: step.plannedEnd, status: status, doneOn: status == .done ? day : nil,
                                             eventID: event.id, ledgerSeq: step.ledgerSeq, evidence: step.evidence)
            let receipt = try appendStep(advanced, in: transaction, signer: signer)
            try store.save(advanced.written(at: receipt.seq))
        }
    }

    private static func appendStep(_ step: RoadMapStepRecord, in transaction: LedgerTransaction,
                                   signer: any EntrySigner) throws -> EntryReceipt {
        var payload: JSONObject = [
            "city_id": .string(step.cityID.rawValue), "step": .integer(Int64(step.step.rawValue)), "status": .string(step.status.rawValue),
            "starts_on": .string(step.plannedStart.rfc3339), "ends_on": .string(step.plannedEnd.rfc3339),
        ]
        if let done = step.doneOn { payload["done_on"] = .string(done.rfc3339) }
        if let event = step.eventID { payload["event_id"] = .string(event.rawValue) }
        return try transaction.append(kind: "roadmap.step", payload: payload, author: signer)
    }

    private static func store(of city: CityID, _ connection: SQLiteConnection) throws -> RoadMapStore {
        try CityProfiles.requireCity(city, connection)
        return RoadMapStore(database: connection)
    }

    private static func require(_ city: CityID, _ store: RoadMapStore) throws -> TownRoadMap {
        guard let roadMap = try store.roadMap(of: city) else { throw TownConflict.roadMapNotStarted }
        return roadMap
    }

    private static func require(_ step: RoadMapStep, of city: CityID, _ store: RoadMapStore) throws -> RoadMapStepRecord {
        guard let record = try store.step(step, of: city) else { throw TownConflict.roadMapNotStarted }
        return record
    }
}

extension RoadMapStepRecord {
    /// The record as written by the ledger entry `seq`.
    func written(at seq: Int) -> RoadMapStepRecord {
        RoadMapStepRecord(cityID: cityID, step: step, owner: owner, plannedStart: plannedStart, plannedEnd: plannedEnd, status: status,
                          doneOn: doneOn, eventID: eventID, ledgerSeq: seq, evidence: evidence)
    }
}
