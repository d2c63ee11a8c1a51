import Ledger

/// The mapping stage's record of each town: its chosen directions, its maturity-audit
/// results and its happiness indicators, from which the Atlas of Happiness is drawn.
/// Union staff record them; anyone reads. They are figures about the town and grant no
/// rights; directions and audits make no ledger entries, while each indicator figure is
/// an `indicator.figure` entry, so that the other towns' nodes mirror it verified and
/// compare their towns with this one.
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

    /// Refuses an indicator no one defined, a value outside the indicator's range, a day in
    /// the future, and a second figure of the same indicator for the same town and day (a
    /// correction is a new figure on the day it describes, not an overwrite).
    public func recordFigure(of city: CityID, indicator: HappinessIndicator, value: Int64,
                             measuredOn day: CalendarDate) async throws -> IndicatorFigure {
        let now = clock()
        guard day <= CalendarDate(now) else { throw RegistryValidationError(field: "measured_on", rule: .inTheFuture) }
        let id: IndicatorFigureID = try .generate()
        let signer = database.ledger.nodeKey
        return try await database.write { transaction in
            try Self.requireCity(city, transaction.database)
            guard let definition = try IndicatorStore(database: transaction.database).definition(of: indicator) else {
                throw RegistryValidationError(field: "indicator", rule: .chooseFromList)
            }
            guard definition.validValues.contains(value) else {
                let range = definition.validValues
                throw RegistryValidationError(field: "value", rule: .notInRange(minimum: range.lowerBound, maximum: range.upperBound,
                                                                                 unit: definition.unit == .kopecks ? .kopecks : .number))
            }
            let figure = IndicatorFigure(id: id, cityID: city, indicator: indicator, unit: definition.unit, value: value, measuredOn: day,
                                         recordedAt: now)
            let store = CityProfileStore(database: transaction.database)
            guard try !store.figureExists(indicator, of: city, on: day) else {
                throw TownConflict.figureRecorded(indicator, on: day)
            }
            try store.insert(figure)
            try transaction.append(kind: "indicator.figure", payload: [
                "figure_id": .string(id.rawValue), "city_id": .string(city.rawValue), "indicator": .string(indicator.rawValue),
                "value": .integer(value), "unit": .string(definition.unit.rawValue), "measured_on": .string(day.rfc3339),
            ], author: signer)
            return figure
        }
    }

    /// Defines a new indicator. Refuses a code that is not 2 to 40 lowercase letters, digits
    /// or `_` starting with a letter, a code in use (a computed indicator's too), an empty
    /// name, a bound beyond ±(2^53 − 1) and a range upside down.
    public func define(_ draft: IndicatorDraft) async throws -> IndicatorDefinition {
        guard let indicator = HappinessIndicator(rawValue: draft.code) else {
            throw RegistryValidationError(field: "code", rule: .notACode(maximumCharacters: 40))
        }
        var draft = draft
        draft.name = try RegistryText.required(draft.name, field: "name", maximumCharacters: 100)
        draft.englishName = try draft.englishName.flatMap { $0.isEmpty ? nil : try RegistryText.required($0, field: "name_en", maximumCharacters: 100) }
        // Figures travel as JSON integers, exact only within ±(2^53 − 1).
        let limit = JSONValue.largestExactInteger
        for (field, bound) in [("minimum", draft.minimum), ("maximum", draft.maximum)] where !(-limit...limit).contains(bound) {
            throw RegistryValidationError(field: field, rule: draft.unit == .kopecks ? .beyondMoneyLimit
                                                                  : .notInRange(minimum: -limit, maximum: limit, unit: .number))
        }
        guard draft.minimum <= draft.maximum else { throw RegistryValidationError(field: "maximum", rule: .belowMinimum) }
        let now = clock()
        let checked = draft
        return try await database.write { transaction in
            let store = IndicatorStore(database: transaction.database)
            // A computed indicator's code names it on the comparison page and in the API too.
            guard try store.definition(of: indicator) == nil, ComputedIndicator(rawValue: indicator.rawValue) == nil else {
                throw TownConflict.indicatorDefined(indicator)
            }
            return try store.insert(checked, as: indicator, at: now)
        }
    }

    /// Every indicator's definition, in the order defined: the seeds' seven first.
    public func definitions() async throws -> [IndicatorDefinition] {
        try await database.read { try IndicatorStore(database: $0).all() }
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
