import Ledger

/// The knowledge base of proven practices. Reporting a practice (`practice.report`)
/// and another town adopting it (`practice.adopt`) are ledger entries naming the
/// practice and the towns by id, so the exchange between towns can be counted and
/// checked; the texts stay in registry rows.
public struct Practices: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    public func report(_ report: PracticeReport) async throws -> Practice {
        var report = report
        report.title = try RegistryText.required(report.title, field: "title", maximumCharacters: 300)
        report.summary = try RegistryText.required(report.summary, field: "what", maximumCharacters: 10_000)
        report.results = try RegistryText.required(report.results, field: "results", maximumCharacters: 10_000)
        let id: PracticeID = try .generate()
        let now = clock()
        let signer = database.ledger.nodeKey
        let checked = report
        return try await database.write { transaction in
            guard try CityStore(database: transaction.database).city(id: checked.cityID) != nil else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
            }
            let receipt = try transaction.append(kind: "practice.report", payload: [
                "practice_id": .string(id.rawValue), "city_id": .string(checked.cityID.rawValue),
            ], author: signer)
            let store = PracticeStore(database: transaction.database)
            try store.insert(id: id, report: checked, reportSeq: receipt.seq, at: now)
            return try Self.require(id, store)
        }
    }

    /// Records that `city` took up the practice. Refuses the town that reported it and a
    /// town that has adopted it already.
    public func adopt(_ id: PracticeID, in city: CityID) async throws -> PracticeAdoption {
        let now = clock()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            let store = PracticeStore(database: transaction.database)
            let practice = try Self.require(id, store)
            guard try CityStore(database: transaction.database).city(id: city) != nil else {
                throw RegistryValidationError(field: "city_id", rule: .notFound(.city))
            }
            guard practice.cityID != city else {
                throw TownConflict.ownPractice
            }
            guard !practice.adoptions.contains(where: { $0.cityID == city }) else {
                throw TownConflict.practiceAlreadyAdopted
            }
            let receipt = try transaction.append(kind: "practice.adopt", payload: [
                "practice_id": .string(id.rawValue), "city_id": .string(city.rawValue),
            ], author: signer)
            let adoption = PracticeAdoption(practiceID: id, cityID: city, ledgerSeq: receipt.seq, adoptedAt: now)
            try store.insert(adoption)
            return adoption
        }
    }

    public func practice(id: PracticeID) async throws -> Practice? {
        try await database.read { try PracticeStore(database: $0).practice(id: id) }
    }

    /// One page of the practices reported by `cityID` (any town when nil) that `query`
    /// finds, most relevant first, or without a query in the order they were reported.
    public func practices(cityID: CityID? = nil, matching query: SearchQuery? = nil,
                          page: PageRequest) async throws -> ListPage<Practice> {
        try await database.read { try PracticeStore(database: $0).practices(cityID: cityID, matching: query, page) }
    }

    private static func require(_ id: PracticeID, _ store: PracticeStore) throws -> Practice {
        guard let practice = try store.practice(id: id) else { throw RegistryNotFound(.practice, id) }
        return practice
    }
}
