import Ledger

/// The mapping stage's record of each town: its chosen directions, its maturity-audit
/// results and its happiness indicators, from which the Atlas of Happiness is drawn.
/// Union staff record them; anyone reads. They are figures about the town, grant no
/// rights and so make no ledger entries.
public struct CityProfiles: Sendable {
    let database: RegistryDatabase
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.clock = clock
    }

    /// Replaces the town's directions.
    public func setDirections(_ directions: [String], of city: CityID) async throws -> CityProfile {
        let now = clock()
        let profile = CityProfile(cityID: city, directions: try RegistryTags.normalise(directions, field: "directions"),
                                  updatedAt: now)
        try await database.write { transaction in
            try Self.requireCity(city, transaction.database)
            try CityProfileStore(database: transaction.database).saveDirections(profile, at: now)
        }
        return profile
    }

    /// Refuses a score outside 0…100 and an audit day in the future.
    public func recordAudit(of city: CityID, area: String, score: Int, auditedOn day: CalendarDate) async throws -> AuditResult {
        let now = clock()
        let area = try RegistryText.required(area, field: "area", maximumCharacters: 200)
        guard AuditResult.scoreRange.contains(score) else {
            throw RegistryValidationError(field: "score", rule: .notInRange(minimum: 0, maximum: 100, unit: .number))
        }
        guard day <= CalendarDate(now) else { throw RegistryValidationError(field: "audited_on", rule: .inTheFuture) }
        let result = AuditResult(id: try .generate(), cityID: city, area: area, score: score, auditedOn: day, recordedAt: now)
        return try await database.write { transaction in
            try Self.requireCity(city, transaction.database)
            try CityProfileStore(database: transaction.database).insert(result)
            return result
        }
    }

    /// Refuses a value outside the indicator's range, a day in the future, and a second
    /// figure of the same indicator for the same town and day (a correction is a new
    /// figure on the day it describes, not an overwrite).
    public func recordFigure(of city: CityID, indicator: HappinessIndicator, value: Int64,
                             measuredOn day: CalendarDate) async throws -> IndicatorFigure {
        let now = clock()
        guard indicator.validValues.contains(value) else {
            let range = indicator.validValues
            throw RegistryValidationError(field: "value", rule: .notInRange(minimum: range.lowerBound, maximum: range.upperBound,
                                                                             unit: indicator.unit == .kopecks ? .kopecks : .number))
        }
        guard day <= CalendarDate(now) else { throw RegistryValidationError(field: "measured_on", rule: .inTheFuture) }
        let figure = IndicatorFigure(id: try .generate(), cityID: city, indicator: indicator, value: value, measuredOn: day,
                                     recordedAt: now)
        return try await database.write { transaction in
            try Self.requireCity(city, transaction.database)
            let store = CityProfileStore(database: transaction.database)
            guard try !store.figureExists(indicator, of: city, on: day) else {
                throw TownConflict.figureRecorded(indicator, on: day)
            }
            try store.insert(figure)
            return figure
        }
    }

    public func profile(of city: CityID) async throws -> CityProfile {
        try await database.read { connection in
            try Self.requireCity(city, connection)
            return try CityProfileStore(database: connection).profile(of: city)
        }
    }

    /// In the order audited.
    public func audits(of city: CityID) async throws -> [AuditResult] {
        try await database.read { connection in
            try Self.requireCity(city, connection)
            return try CityProfileStore(database: connection).audits(of: city)
        }
    }

    /// Every indicator's series, each in date order.
    public func indicators(of city: CityID) async throws -> [HappinessIndicator: [IndicatorFigure]] {
        let figures = try await database.read { connection in
            try Self.requireCity(city, connection)
            return try CityProfileStore(database: connection).figures(of: city)
        }
        return Dictionary(grouping: figures, by: \.indicator)
    }

    static func requireCity(_ id: CityID, _ database: SQLiteConnection) throws {
        guard try CityStore(database: database).city(id: id) != nil else { throw RegistryNotFound(.city, id) }
    }
}
