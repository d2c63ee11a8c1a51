import Ledger
import Registry

/// Glocal's HTTP application: every route of every area, wrapped in the standard
/// middleware, ready to hand to `HTTPServer`. The one place that wires them together.
public struct GlocalApplication: Sendable {
    public static let version = "0.1.0"
    public let router: Router
    public let metrics: ServerMetrics
    /// The live Challenge boards, shared by every viewer's event stream.
    public let challengeBoards: LiveEventFeed
    /// Each investment session's totals, live on its page.
    public let investmentSummaries: LiveEventFeed
    /// The pages kept for readers to share (`PageCacheMiddleware`).
    let pages: PageCache

    public init(node: Node, log: LogSink, metrics: ServerMetrics = ServerMetrics()) throws {
        self.metrics = metrics
        pages = PageCache(commits: node.database.ledger.commits)
        challengeBoards = LiveEventFeed(name: "leaderboard") { [challenges = node.challenges] event in
            try? await challenges.leaderboardWithJSON(of: event, respectingFreeze: true, rescore: true).board.json
        }
        investmentSummaries = LiveEventFeed(name: "summary") { [sessions = node.investmentSessions] event in
            try? await sessions.summary(of: event).json
        }
        let ledger = node.ledger
        let operations = Operations(node: node, challengeBoards: challengeBoards, investmentSummaries: investmentSummaries)
        let document = OpenAPIEndpoint()
        let routes = SystemRoutes.routes(metrics: metrics, document: document)
            + PageRoutes.routes(node: node, operations: operations)
            + AccountRoutes.routes(accounts: node.accounts, operations: operations.accounts)
            + RegisterRoutes.routes(cities: node.cities, members: node.members, operations: operations.members)
            + CSVRoutes.routes(node: node, operations: operations.csv)
            + IPAssetRoutes.routes(ipAssets: node.ipAssets, operations: operations.ipAssets)
            + PracticeRoutes.routes(practices: node.practices)
            + ProjectRoutes.routes(projects: node.projects, members: node.members, operations: operations.projects)
            + CommunityRoutes.routes(communities: node.communities)
            + ProfileRoutes.routes(profiles: node.profiles, members: node.members, operations: operations.profiles)
            + MemberKeyRoutes.routes(memberKeys: node.memberKeys, members: node.members, operations: operations.accounts)
            + CapTableRoutes.routes(operations: operations.capTables)
            + EventRoutes.routes(events: node.events, operations: operations.events)
            + ChallengeRoutes.routes(challenges: node.challenges, events: node.events, members: node.members, feed: challengeBoards,
                                     operations: operations.challenges, seal: operations.events.sealChallenge)
            + ContractRoutes.routes(contracts: node.contracts, operations: operations.contracts)
            + GameRoutes.routes(games: node.games, events: node.events, operations: operations.games,
                                seal: operations.events.sealGame)
            + AcceleratorRoutes.routes(accelerators: node.accelerators, events: node.events, projects: node.projects,
                                       operations: operations.accelerators,
                                       seal: operations.events.sealCohort)
            + InvestmentSessionRoutes.routes(sessions: node.investmentSessions, events: node.events, members: node.members,
                                             projects: node.projects, operations: operations.investments,
                                             seal: operations.events.sealSession, summaries: investmentSummaries)
            + CityProfileRoutes.routes(cityProfiles: node.cityProfiles, operations: operations.towns)
            + RoadMapRoutes.routes(roadMaps: node.roadMaps, operations: operations.roadMaps)
            + FederationRoutes.routes(node: node, operations: operations.federation)
            + InboxRoutes.routes(waitingActs: node.waitingActs, members: node.members)
            + MailPages.routes(node: node, operations: operations.mail)
            + MailRoutes.routes(outbox: node.outbox, operations: operations.mail)
            + NodePages.routes(node: node, operations: operations.node)
            + NodeRoutes.routes(node: node, operations: operations.node)
            + LogTileRoutes.routes(database: node.database)
            + LedgerRoutes.routes(database: node.database)
            + WitnessRoutes.routes(witnessing: node.witnessing)
            + OpenDataRoutes.routes(node: node)
            + ChangeFeeds.routes(node: node)
        router = try Router(routes: routes, middleware: [
            AccessLogMiddleware(log: log, metrics: metrics),
            RequestIDMiddleware(),
            SecurityHeadersMiddleware(),
            PublicReadCORSMiddleware(),
            ErrorMiddleware(log: log),
            ReadSnapshotMiddleware(database: node.database),
            AuthenticationMiddleware(authenticator: AccountsAuthenticator(accounts: node.accounts)),
            AuthorizationMiddleware(),
            CSRFMiddleware(),
            WaitingActCountMiddleware(waitingActs: node.waitingActs, members: node.members, commits: node.database.ledger.commits),
            PageCacheMiddleware(cache: pages),
            IdempotencyMiddleware(store: IdempotencyStore(database: node.database), metrics: metrics),
        ])
        try document.publish(routes: routes, version: Self.version)
        metrics.addGauge(ServerMetrics.Gauge(name: "glocal_ledger_entries", help: "Entries in the ledger.") {
            await ledger.size
        })
    }
}
