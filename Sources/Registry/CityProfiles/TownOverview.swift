import Ledger

/// What a town's public page shows — its directions, Atlas of Happiness, audits, road
/// map, communities, how many projects are at each stage and the first of them — read in one
/// read transaction, so the counts and the lists are of one moment and the page waits
/// for the database once rather than a dozen times.
public struct TownOverview: Sendable {
    public let profile: CityProfile
    /// Every indicator's definition, in the order defined, and the town's figures of each.
    public let definitions: [IndicatorDefinition]
    public let indicators: [HappinessIndicator: [IndicatorFigure]]
    /// The indicators the registry computes from its acts, by year.
    public let computed: [ComputedIndicator: [ComputedFigure]]
    public let audits: [AuditResult]
    /// Nil while the town's road map has not started.
    public let roadMap: TownRoadMap?
    public let communities: [Community]
    public let stageCounts: [ProjectStage: Int]
    /// The oldest projects at each stage that has any, at most the number asked for.
    public let projectsByStage: [ProjectStage: [Project]]
}

extension CityProfiles {
    /// The town's overview, with at most `projectsPerStage` projects listed at each stage.
    public func overview(of city: CityID, projectsPerStage: Int) async throws -> TownOverview {
        let page = try PageRequest(limit: projectsPerStage)
        return try await database.read { connection in
            try Self.requireCity(city, connection)
            let profiles = CityProfileStore(database: connection)
            let projects = ProjectStore(database: connection)
            let counts = try projects.stageCounts(cityID: city)
            var byStage: [ProjectStage: [Project]] = [:]
            for stage in counts.keys {
                byStage[stage] = try projects.projects(ProjectFilter(cityID: city, stage: stage), matching: nil, page).items
            }
            return TownOverview(profile: try profiles.profile(of: city),
                                definitions: try IndicatorStore(database: connection).all(),
                                indicators: Dictionary(grouping: try profiles.figures(of: city), by: \.indicator),
                                computed: try ComputedIndicatorStore(database: connection).figures(of: city),
                                audits: try profiles.audits(of: city),
                                roadMap: try RoadMapStore(database: connection).roadMap(of: city),
                                communities: try CommunityStore(database: connection).all(kind: nil, cityID: city),
                                stageCounts: counts, projectsByStage: byStage)
        }
    }
}
