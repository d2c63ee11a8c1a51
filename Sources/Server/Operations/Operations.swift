import Registry

/// Every area's operations, built once per application, so that each JSON route and each
/// page form that performs an act holds the very same operation.
struct Operations: Sendable {
    let challenges: ChallengeOperations
    let investments: InvestmentOperations
    let accelerators: AcceleratorOperations
    let accounts: AccountOperations
    let mail: MailOperations
    let towns: TownOperations
    let roadMaps: RoadMapOperations
    let projects: ProjectOperations
    let capTables: CapTableOperations
    let ipAssets: IPAssetOperations
    let members: MemberOperations
    let profiles: ProfileOperations
    let contracts: ContractOperations
    let games: GameOperations
    let events: EventOperations
    let csv: CSVOperations
    let node: NodeOperations
    let federation: FederationOperations

    init(node: Node, challengeBoards: LiveEventFeed, investmentSummaries: LiveEventFeed) {
        challenges = ChallengeOperations(challenges: node.challenges, members: node.members, feed: challengeBoards)
        investments = InvestmentOperations(sessions: node.investmentSessions, members: node.members, projects: node.projects,
                                           summaries: investmentSummaries)
        accelerators = AcceleratorOperations(accelerators: node.accelerators, projects: node.projects, members: node.members)
        accounts = AccountOperations(accounts: node.accounts, memberKeys: node.memberKeys)
        mail = MailOperations(outbox: node.outbox)
        towns = TownOperations(cityProfiles: node.cityProfiles)
        roadMaps = RoadMapOperations(roadMaps: node.roadMaps)
        projects = ProjectOperations(projects: node.projects, members: node.members)
        capTables = CapTableOperations(CapTableServices(capTables: node.capTables, projects: node.projects, members: node.members,
                                                        memberKeys: node.memberKeys))
        ipAssets = IPAssetOperations(ipAssets: node.ipAssets, members: node.members, memberKeys: node.memberKeys)
        members = MemberOperations(members: node.members)
        profiles = ProfileOperations(profiles: node.profiles)
        contracts = ContractOperations(contracts: node.contracts, members: node.members, capTables: node.capTables)
        games = GameOperations(games: node.games, projects: node.projects, members: node.members)
        federation = FederationOperations(federation: node.federation, challenges: node.challenges)
        events = EventOperations(node: node, challengeBoards: challengeBoards)
        csv = CSVOperations(node: node)
        self.node = NodeOperations(node: node)
    }
}
