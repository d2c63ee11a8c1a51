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
        let name = try RegistryText.required(name, field: "name", maximumCharacters: 200)
        let region = try RegistryText.required(region, field: "region", maximumCharacters: 200)
        if let population, population < 0 { throw RegistryValidationError(field: "population", reason: "must not be negative") }
        let city = City(id: try .generate(), name: name, region: region, population: population, createdAt: clock())
        let signer = database.ledger.nodeKey
        try await database.write { transaction in
            let store = CityStore(database: transaction.database)
            guard try !store.exists(name: name, region: region) else {
                throw RegistryConflict(detail: "\(name) (\(region)) is already registered.")
            }
            try store.insert(city)
            _ = try transaction.append(kind: "city.register", payload: ["city_id": .string(city.id.rawValue)], author: signer)
        }
        return city
    }

    public func city(id: CityID) async throws -> City? {
        try await database.read { try CityStore(database: $0).city(id: id) }
    }

    public func all() async throws -> [City] {
        try await database.read { try CityStore(database: $0).all() }
    }
}
