import Ledger

/// The register of towns. Registering a town is a ledger entry (`city.register`), so
/// every later act that names the town names one the ledger already knows.
public struct Cities: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    public func register(name: String, region: String, population: Int?) async throws -> City {
        let city = try Self.validated(CityRegistration(name: name, region: region, population: population), at: clock())
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.insert(city, in: transaction, signer: signer)
            return city
        }
    }

    /// Registers every town or none: all rows and their `city.register` entries commit
    /// in one transaction, and the first invalid or duplicate town aborts the whole batch.
    public func registerAll(_ registrations: [CityRegistration]) async throws -> [City] {
        let now = clock()
        let cities = try registrations.map { try Self.validated($0, at: now) }
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            for city in cities { try Self.insert(city, in: transaction, signer: signer) }
        }
        return cities
    }

    /// Writes a checked town and its `city.register` entry inside a caller's transaction.
    static func insert(_ city: City, in transaction: LedgerTransaction, signer: any EntrySigner) throws {
        let store = CityStore(database: transaction.database)
        try checkUnique(city, store)
        try store.insert(city)
        _ = try transaction.append(kind: "city.register", payload: ["city_id": .string(city.id.rawValue)], author: signer)
    }

    /// The checks `register` makes before touching the database, for callers (such as
    /// an import's dry run) that must report every invalid town, not just the first.
    public static func validated(_ registration: CityRegistration, at time: LedgerTime) throws -> City {
        let name = try RegistryText.required(registration.name, field: "name", maximumCharacters: 200)
        let region = try RegistryText.required(registration.region, field: "region", maximumCharacters: 200)
        if let population = registration.population, population < 0 {
            throw RegistryValidationError(field: "population", rule: .negative)
        }
        return City(id: try registration.id ?? .generate(), name: name, region: region,
                    population: registration.population, createdAt: time)
    }

    static func checkUnique(_ city: City, _ store: CityStore) throws {
        guard try !store.exists(name: city.name, region: city.region) else {
            throw TownConflict.alreadyRegistered(name: city.name, region: city.region)
        }
        guard try store.city(id: city.id) == nil else {
            throw TownConflict.idTaken(city.id)
        }
    }

    public func city(id: CityID) async throws -> City? {
        try await database.read { try CityStore(database: $0).city(id: id) }
    }

    /// The towns among `ids` that exist, by id, read at once.
    public func cities(ids: some Sequence<CityID>) async throws -> [CityID: City] {
        let ids = Array(Set(ids))
        let found = try await database.read { try CityStore(database: $0).cities(ids: ids) }
        return Dictionary(uniqueKeysWithValues: found.map { ($0.id, $0) })
    }

    public func all() async throws -> [City] {
        try await database.read { try CityStore(database: $0).all() }
    }
}
