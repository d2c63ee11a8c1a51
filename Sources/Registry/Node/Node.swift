import Ledger

/// Everything a running node serves from its data folder, opened together: the ledger
/// (the one writer of the database), the registry's database access, and the
/// services built on them. The server holds one `Node` for its lifetime.
public struct Node: Sendable {
    public let folder: DataFolder
    public let ledger: Ledger
    public let database: RegistryDatabase
    public let accounts: Accounts
    public let cities: Cities
    public let members: Members
    public let ipAssets: IPAssets
    public let practices: Practices
    public let projects: Projects
    public let communities: Communities
    public let profiles: Profiles
    public let cityProfiles: CityProfiles
    public let roadMaps: RoadMaps
    public let spelling: Spelling
    public let capTables: CapTables
    public let memberKeys: MemberKeys
    public let events: Events
    public let challenges: Challenges
    public let contracts: Contracts
    public let games: Games
    public let accelerators: Accelerators
    public let investmentSessions: InvestmentSessions
    public let waitingActs: WaitingActs
    public let outbox: Outbox
    public let witnessing: Witnessing
    public let witnesses: LogWitnesses
    public let federation: Federation

    public init(folder: DataFolder, ledger: Ledger, database: RegistryDatabase, accounts: Accounts,
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.folder = folder
        self.ledger = ledger
        self.database = database
        self.accounts = accounts
        cities = Cities(database: database, clock: clock)
        members = Members(database: database, clock: clock)
        ipAssets = IPAssets(database: database, clock: clock)
        practices = Practices(database: database, clock: clock)
        projects = Projects(database: database, clock: clock)
        communities = Communities(database: database, clock: clock)
        profiles = Profiles(database: database, clock: clock)
        cityProfiles = CityProfiles(database: database, clock: clock)
        roadMaps = RoadMaps(database: database, clock: clock)
        spelling = Spelling(database: database)
        memberKeys = MemberKeys(database: database, folder: folder)
        capTables = CapTables(database: database, memberKeys: memberKeys, clock: clock)
        events = Events(database: database, clock: clock)
        challenges = Challenges(database: database, clock: clock)
        contracts = Contracts(database: database, memberKeys: memberKeys, clock: clock)
        games = Games(database: database, clock: clock)
        accelerators = Accelerators(database: database, clock: clock)
        investmentSessions = InvestmentSessions(database: database, clock: clock)
        waitingActs = WaitingActs(database: database)
        outbox = Outbox(database: database, clock: clock)
        witnessing = Witnessing(database: database, folder: folder, clock: clock)
        witnesses = LogWitnesses(database: database)
        federation = Federation(database: database, witnessing: witnessing, witnesses: witnesses, clock: clock)
    }
}
