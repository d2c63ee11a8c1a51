import Ledger

/// What a project's public page shows — the project, its town, way through the stages,
/// MVP plan, adoptions, deposited idea, cap table and contracts — read in one read
/// transaction, so its parts are of one moment and the page waits for the database once.
public struct ProjectOverview: Sendable {
    public let project: Project
    public let town: City?
    public let stageMoves: [ProjectStageMove]
    public let milestones: [Milestone]
    public let adoptions: [Adoption]
    /// The IP asset holding the idea's text, when the project was put forward at a Game with one.
    public let ideaAsset: IPAsset?
    /// The cap table: the replay of its stored events.
    public let capTable: CapTable
    public let capTableVisibility: CapTableVisibility
    /// The first contracts about the project, at most the number asked for.
    public let contracts: [Contract]
}

extension Projects {
    /// The project's overview with at most `contractLimit` contracts; nil if there is no such project.
    public func overview(of id: ProjectID, contractLimit: Int) async throws -> ProjectOverview? {
        let contractPage = try PageRequest(limit: contractLimit)
        return try await database.read { connection in
            let projects = ProjectStore(database: connection)
            guard let project = try projects.project(id: id) else { return nil }
            let capTables = CapTableStore(database: connection)
            let idea = try GameStore(database: connection).idea(of: id)
            return ProjectOverview(
                project: project,
                town: try CityStore(database: connection).city(id: project.cityID),
                stageMoves: try projects.stageMoves(of: id),
                milestones: try MilestoneStore(database: connection).milestones(of: id),
                adoptions: try AdoptionStore(database: connection).adoptions(of: id),
                ideaAsset: try idea?.assetID.flatMap { try IPAssetStore(database: connection).asset(id: $0) },
                capTable: try CapTable.replay(try capTables.events(of: id).map(\.event)),
                capTableVisibility: try capTables.visibility(of: id),
                contracts: try ContractStore(database: connection).contracts(ContractFilter(projectID: id), contractPage).items)
        }
    }
}
