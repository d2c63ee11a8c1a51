extension CityProfiles {
    /// The town's computed indicators, each by calendar year with the entries it sums;
    /// an indicator with no act yet is absent.
    public func computedIndicators(of city: CityID) async throws -> [ComputedIndicator: [ComputedFigure]] {
        try await database.read { connection in
            try Self.requireCity(city, connection)
            return try ComputedIndicatorStore(database: connection).figures(of: city)
        }
    }

    /// One audited indicator's figures in every town that has any, each in date order,
    /// read at once for comparing towns.
    public func figures(of indicator: HappinessIndicator) async throws -> [CityID: [IndicatorFigure]] {
        try await database.read { connection in
            Dictionary(grouping: try CityProfileStore(database: connection).figures(of: indicator), by: \.cityID)
        }
    }

    /// One computed indicator's figures in each of `towns` that has any, by year, read in
    /// one transaction for comparing towns.
    public func computed(_ indicator: ComputedIndicator, in towns: [CityID]) async throws -> [CityID: [ComputedFigure]] {
        try await database.read { connection in
            let store = ComputedIndicatorStore(database: connection)
            var figures: [CityID: [ComputedFigure]] = [:]
            for town in towns {
                if let series = try store.figures(of: town)[indicator] { figures[town] = series }
            }
            return figures
        }
    }
}
