import Glibc
import Registry

/// Loads the demo town into a fresh data folder through the registry's own operations —
/// the same calls the server makes — so the ledger holds a real, verifiable history of
/// it. Seeds refer to each other by short keys (`glazov`, `anna`, `warm_home`); the
/// loader keeps the ids the registry hands out for them.
struct DemoLoader {
    let node: Node
    let seeds: DemoSeeds
    var towns: [String: CityID] = [:]
    var members: [String: MemberID] = [:]
    var accounts: [String: AccountID] = [:]
    /// Projects registered directly and Game ideas, both by key.
    var projects: [String: ProjectID] = [:]

    init(node: Node, seeds: DemoSeeds) {
        self.node = node
        self.seeds = seeds
    }

    /// Opens `folder`, initialising it first if it has no database, and loads the demo.
    /// Refuses a folder whose registry already has members.
    static func loadFresh(into folder: DataFolder, seeds: DemoSeeds) async throws -> (node: Node, logins: [DemoLogin]) {
        if access(folder.databasePath, F_OK) != 0 {
            _ = try await folder.initialise(origin: "glocal.local/demo")
        }
        let node = try await folder.openNode()
        let existing = try await node.members.all().count
        guard existing == 0 else { throw DemoError.folderNotFresh(path: folder.path, members: existing) }
        var loader = DemoLoader(node: node, seeds: seeds)
        return (node, try await loader.load())
    }

    /// Every area in the order its ids are needed: towns and people first, then projects,
    /// the Game that selects ideas, the accelerator that takes them, the investment session
    /// they pitch at, and the deals.
    mutating func load() async throws -> [DemoLogin] {
        try await loadTowns()
        let logins = try await loadPeople()
        try await loadCommunities()
        try await loadProjects()
        try await loadPractices()
        try await loadGame()
        try await loadAccelerator()
        try await loadNextGame()
        try await loadInvestmentSession()
        try await loadChallenge()
        try await loadCapTable()
        try await loadRevenueShare()
        try await loadCrowdfunding()
        return logins
    }

    func town(_ key: String) throws(DemoError) -> CityID {
        try Self.find(key, in: towns, kind: "town")
    }

    func member(_ key: String) throws(DemoError) -> MemberID {
        try Self.find(key, in: members, kind: "member")
    }

    func account(_ key: String) throws(DemoError) -> AccountID {
        try Self.find(key, in: accounts, kind: "member with a login")
    }

    func project(_ key: String) throws(DemoError) -> ProjectID {
        try Self.find(key, in: projects, kind: "project or idea")
    }

    /// A member acting as a contract party under their own id.
    func party(_ key: String) throws(DemoError) -> PartyID {
        try Self.party(try member(key).rawValue, for: key)
    }

    /// A town as a contract party (a crowdfunding funder) under its city id.
    func townParty(_ key: String) throws(DemoError) -> PartyID {
        try Self.party(try town(key).rawValue, for: key)
    }

    private static func find<ID>(_ key: String, in ids: [String: ID], kind: String) throws(DemoError) -> ID {
        guard let id = ids[key] else { throw .unknownKey(kind: kind, key: key) }
        return id
    }

    private static func party(_ id: String, for key: String) throws(DemoError) -> PartyID {
        guard let party = PartyID(rawValue: id) else {
            throw .invalidValue(field: key, reason: "has the id \(id), which cannot name a contract party")
        }
        return party
    }
}
