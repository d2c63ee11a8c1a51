import Foundation
import Ledger
import Registry
import Server

/// `glocal-bench scale`: a Union at a real town's scale — 100 000 projects in three towns
/// (a third of them in Глазов, one alone in Сарапул) and a Challenge of 1 000 teams, 50
/// judges (5 on each team) and 8 criteria — measured at 64 keep-alive connections beside
/// `/healthz` of the same server in the same run:
/// - the large and the small town's pages, a project's page and `/ledger`, for signed-out
///   readers and for a signed-in member (each sharing renders), and the large town's page
///   rendered at each view (through an API token), with the cores the server used for it;
/// - judges' marks through the API, all 50 judges each marking as fast as a judge may
///   (`JudgePace`: 500 marks/s in all), from the first mark and once all 40 000 are given;
///   the leaderboard API and the board page with 64 viewers meanwhile; and the rest of the
///   site without marking, beside the 50 judges, and beside 4 clients sending marks as
///   fast as the server answers, whatever its pace says (each the median of three, taken
///   in turn).
enum ScaleBenchmark {
    static let teams = 1_000
    static let judges = 50
    static let judgesPerTeam = 5
    static let criteria = 8
    /// Clients that send marks as fast as the server answers, each on its own connection
    /// and with its own judge's token, ignoring `Retry-After`.
    static let runawayClients = 4
    static let seconds = 5.0

    private struct Fixture {
        let largeTown: CityID
        let smallTown: CityID
        let project: ProjectID
        let event: EventID
        /// Every judge, marking through the API: their tokens and the teams assigned to them.
        let markers: [(token: String, teams: [ChallengeTeamID])]
        let judgeIDs: [MemberID]
    }

    static func run(emit: @Sendable (BenchmarkFigure) -> Void, projects: Int) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/scale", durability: .normal)
        let node = try await data.openNode(durability: .normal)
        let fixture = try await fill(node, projects: projects)
        let stored = [node.ledger.path, node.ledger.path + "-wal"].reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        emit(BenchmarkFigure(name: "scale.storage_per_project", value: Double(stored) / Double(projects),
                             unit: "bytes of the database file and its log per project (with its ledger entry, the Challenge included)"))
        let application = try GlocalApplication(node: node, log: .discard)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2, maxConnections: 2_000),
                                responder: application.router)
        let port = try server.start()

        let healthz = HTTPBenchmark.load(port: port, path: "/healthz")
        emit(BenchmarkFigure(name: "scale.healthz_frame", value: healthz.requestsPerSecond, unit: "requests/s (the same server, no page)"))
        let reader = try await PagesBenchmark.signedInReader(node, town: fixture.largeTown)
        let cookie = "Cookie: \(AuthenticationMiddleware.sessionCookie)=\(reader.session)\r\n"
        let bearer = "Authorization: Bearer \(reader.apiToken)\r\n"
        let pages = [("scale.town_large", "/towns/\(fixture.largeTown)", ""),
                     ("scale.town_large_signed_in", "/towns/\(fixture.largeTown)", cookie),
                     ("scale.town_large_rendered_each_view", "/towns/\(fixture.largeTown)", bearer),
                     ("scale.town_small", "/towns/\(fixture.smallTown)", ""), ("scale.town_small_signed_in", "/towns/\(fixture.smallTown)", cookie),
                     ("scale.project", "/projects/\(fixture.project)", ""), ("scale.project_signed_in", "/projects/\(fixture.project)", cookie),
                     ("scale.ledger", "/ledger", ""), ("scale.ledger_signed_in", "/ledger", cookie)]
        for (name, path, headers) in pages {
            let cpu = ProcessCPU.seconds
            let started = Stopwatch()
            let result = HTTPBenchmark.load(port: port, path: path, headers: headers)
            let serverCores = (ProcessCPU.seconds - cpu - result.cpuSeconds) / started.seconds
            pageFigures(name, result, healthz: healthz, emit: emit)
            if name == "scale.town_large_rendered_each_view" {
                emit(BenchmarkFigure(name: "scale.load_cores_under_page_load", value: result.cpuSeconds / started.seconds,
                                     unit: "cores the load threads used meanwhile, on the same machine"))
                emit(BenchmarkFigure(name: "scale.server_cores_under_page_load", value: serverCores,
                                     unit: "cores the server used rendering the large town's page at each view, for a member reading through an API token (load threads excluded)",
                                     baselineName: "cores_available", baselineValue: Double(ProcessInfo.processInfo.activeProcessorCount),
                                     target: "≥ 1.8"))
            }
        }

        let first = await concurrently(judgesMarking(port: port, fixture))
        markFigure("scale.challenge.mark_first", first[0], beside: "nobody else", emit: emit)
        let loaded = try await giveEveryMark(node, fixture)
        progress("scale: \(loaded) marks given")
        let board = "/api/v1/challenges/\(fixture.event)/leaderboard"
        let withPage = await concurrently(judgesMarking(port: port, fixture), load(port: port, path: "/challenges/\(fixture.event)/board"))
        markFigure("scale.challenge.mark_last", withPage[0], beside: "64 viewers of the board page", emit: emit)
        pageFigures("scale.challenge.board_page_while_marking", withPage[1], healthz: healthz, emit: emit)
        let withBoard = await concurrently(judgesMarking(port: port, fixture), load(port: port, path: board))
        markFigure("scale.challenge.mark_beside_leaderboard_api", withBoard[0],
                   beside: "64 clients fetching the whole leaderboard JSON as fast as the server answers", emit: emit)
        pageFigures("scale.challenge.leaderboard_api_while_marking", withBoard[1], healthz: healthz, emit: emit)
        // The rest of the site alone, beside the judges and beside runaway clients, in turn
        // three times (A B C A B C A B C), each figure the median of its three, so that the
        // machine's drift over the run falls on all alike.
        let site = "/towns/\(fixture.smallTown)"
        var alone: [Double] = [], withJudges: [LoadGenerator.Result] = [], withRunaways: [LoadGenerator.Result] = []
        var judgesMarks: [LoadGenerator.Result] = [], runawayMarks: [LoadGenerator.Result] = []
        for _ in 0..<3 {
            alone.append(load(port: port, path: site).run().requestsPerSecond)
            let judged = await concurrently(judgesMarking(port: port, fixture), load(port: port, path: site))
            judgesMarks.append(judged[0])
            withJudges.append(judged[1])
            let runaway = await concurrently(runawayMarking(port: port, fixture), load(port: port, path: site))
            runawayMarks.append(runaway[0])
            withRunaways.append(runaway[1])
        }
        let siteAlone = median(alone)
        emit(BenchmarkFigure(name: "scale.site_while_marking_requests_per_second", value: median(withJudges.map(\.requestsPerSecond)),
                             unit: "requests/s of the small town's page while all \(judges) judges mark at their pace"
                                + " (\(Int(median(judgesMarks.map(\.requestsPerSecond)))) marks/s, p99 at most"
                                + " \(judgesMarks.map(\.p99Milliseconds).max() ?? 0) ms; median of 3)",
                             baselineName: "scale.site_without_marking", baselineValue: siteAlone,
                             target: "≥ 0.8 × without marking"))
        let sent = median(runawayMarks.map(\.requestsPerSecond))
        let taken = median(runawayMarks.map { $0.requestsPerSecond - Double($0.rejected) / seconds })
        emit(BenchmarkFigure(name: "scale.site_beside_runaway_marking_requests_per_second", value: median(withRunaways.map(\.requestsPerSecond)),
                             unit: "requests/s of the small town's page while \(runawayClients) clients send marks as fast as the server answers"
                                + " (\(Int(sent)) marks/s sent, \(Int(taken)) taken, the rest refused 429 at the judges' pace; median of 3)",
                             baselineName: "scale.site_without_marking", baselineValue: siteAlone,
                             target: "≥ 0.8 × without marking"))
        let marked = [("first", first[0]), ("last", withPage[0]), ("beside the leaderboard API", withBoard[0])] + judgesMarks.map { ("beside the site", $0) }
        for (name, result) in marked where result.rejected > 0 || result.errors > 0 {
            progress("scale: marks \(name): \(result.rejected) refused, \(result.errors) connection errors")
        }
        await server.shutdown()
    }

    private static func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    private static func pageFigures(_ name: String, _ result: LoadGenerator.Result, healthz: LoadGenerator.Result,
                                    emit: @Sendable (BenchmarkFigure) -> Void) {
        emit(BenchmarkFigure(name: name + "_requests_per_second", value: result.requestsPerSecond, unit: "requests/s",
                             baselineName: "scale.healthz_frame", baselineValue: healthz.requestsPerSecond))
        emit(BenchmarkFigure(name: name + "_latency_p99", value: result.p99Milliseconds, unit: "ms at 64 connections",
                             baselineName: "scale.healthz_frame.p99", baselineValue: healthz.p99Milliseconds))
        if result.errors > 0 || result.rejected > 0 { progress("\(name): \(result.errors) connection errors, \(result.rejected) refused") }
    }

    private static func markFigure(_ name: String, _ result: LoadGenerator.Result, beside: String,
                                   emit: @Sendable (BenchmarkFigure) -> Void) {
        emit(BenchmarkFigure(name: name + "_latency_p99", value: result.p99Milliseconds,
                             unit: "ms per mark, \(judges) judges marking through the API at their pace, beside \(beside)", target: "< 50 ms"))
        emit(BenchmarkFigure(name: name + "_per_second", value: result.requestsPerSecond, unit: "marks/s"))
    }

    /// The load of 64 connections on `path`, without warm-up: it runs beside another.
    private static func load(port: Int, path: String) -> LoadGenerator {
        LoadGenerator(port: port, request: Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8),
                      connections: HTTPBenchmark.connections, threads: 2, seconds: seconds)
    }

    /// Every judge on its own connection, marking its teams criterion by criterion as fast
    /// as a judge may (`JudgePace.marksPerSecond`).
    private static func judgesMarking(port: Int, _ fixture: Fixture) -> LoadGenerator {
        var load = marking(port: port, fixture.markers, event: fixture.event)
        load.interval = 1 / Double(JudgePace.marksPerSecond)
        return load
    }

    /// A few judges' tokens in clients that send marks as fast as the server answers.
    private static func runawayMarking(port: Int, _ fixture: Fixture) -> LoadGenerator {
        marking(port: port, Array(fixture.markers.prefix(runawayClients)), event: fixture.event)
    }

    /// `markers` each on its own connection, marking their teams criterion by criterion.
    private static func marking(port: Int, _ markers: [(token: String, teams: [ChallengeTeamID])], event: EventID) -> LoadGenerator {
        LoadGenerator(port: port, requests: { number in
            let marker = markers[number % markers.count]
            let step = number / markers.count
            let team = marker.teams[step % marker.teams.count]
            let body = Array(#"{"team_id":"\#(team)","criterion_id":"c\#(step / marker.teams.count % criteria)","value":\#(number % 11)}"#.utf8)
            return Array("""
                POST /api/v1/challenges/\(event)/marks HTTP/1.1\r
                Host: 127.0.0.1\r
                Authorization: Bearer \(marker.token)\r
                Content-Type: application/json\r
                Content-Length: \(body.count)\r
                \r

                """.utf8) + body
        }, connections: markers.count, threads: 1, seconds: seconds)
    }

    /// Runs the loads at the same time, each on threads of its own, and returns their results in order.
    private static func concurrently(_ loads: LoadGenerator...) async -> [LoadGenerator.Result] {
        await withTaskGroup(of: (Int, LoadGenerator.Result).self) { group in
            for (index, load) in loads.enumerated() {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        Thread.detachNewThread { continuation.resume(returning: (index, load.run())) }
                    }
                }
            }
            var results: [(Int, LoadGenerator.Result)] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Every judge's mark on every criterion for every team assigned to it, given in the
    /// registry directly, 64 at a time.
    private static func giveEveryMark(_ node: Node, _ fixture: Fixture) async throws -> Int {
        let assignments = try await node.challenges.assignments(in: fixture.event)
        let marks = assignments.flatMap { assignment in (0..<criteria).map { (assignment.judge, assignment.team, "c\($0)") } }
        try await inParallel(marks.count) { index in
            let (judge, team, criterion) = marks[index]
            _ = try await node.challenges.mark(team, on: criterion, value: (index * 7) % 11, by: judge, in: fixture.event)
        }
        return marks.count
    }

    /// Runs `work(0..<count)` with 64 calls in flight.
    private static func inParallel(_ count: Int, _ work: @escaping @Sendable (Int) async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for lane in 0..<64 {
                group.addTask { for index in stride(from: lane, to: count, by: 64) { try await work(index) } }
            }
            try await group.waitForAll()
        }
    }

    private static func fill(_ node: Node, projects: Int) async throws -> Fixture {
        let towns = try await node.cities.registerAll([("Глазов", "Удмуртская Республика"), ("Курган", "Курганская область"),
                                                       ("Сарапул", "Удмуртская Республика")].map {
            CityRegistration(name: $0.0, region: $0.1, population: nil)
        }).map(\.id)
        let (large, other, small) = (towns[0], towns[1], towns[2])
        var leads: [MemberID] = []
        for index in 0..<100 {
            leads.append(try await admitted("Руководитель \(index)", in: towns[index % 2], node).id)
        }
        let leadsNow = leads
        let count = projects
        progress("scale: creating \(count) projects")
        try await inParallel(count - 1) { index in
            let draft = ProjectDraft(title: "Проект \(index): сервис для горожан", summary: "Что делает проект номер \(index).",
                                     direction: ["Туризм", "ЖКХ", "Городская среда"][index % 3],
                                     cityID: index % 3 == 0 ? large : other)
            _ = try await node.projects.create(draft, lead: leadsNow[index % leadsNow.count])
        }
        _ = try await node.projects.create(ProjectDraft(title: "Музей сарапульского купечества", summary: "Один проект в городе.",
                                                                direction: "Туризм", cityID: small), lead: leads[0])
        let project = try await node.projects.projects(ProjectFilter(cityID: large), matching: nil, page: try PageRequest(limit: 1)).items
        guard let first = project.first, let day = CalendarDate(rfc3339: "2026-12-01") else {
            throw BenchmarkError.cannotBuildFixture("the projects")
        }
        progress("scale: setting up the Challenge")
        let event = try await node.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge", cityIDs: towns,
                                                            startsOn: day, endsOn: day))
        _ = try await node.challenges.setRules(ChallengeRules(criteria: (0..<criteria).map {
            ChallengeCriterion(id: "c\($0)", name: "Критерий \($0)", weight: 1 + $0 % 4)
        }, judgesPerTeam: judgesPerTeam, zScoreMinimumTeams: 5), chair: nil, of: event.id)
        _ = try await node.events.move(event.id, to: .open)
        try await inParallel(teams) { index in
            _ = try await node.challenges.registerTeam("Команда \(index)", of: towns[index % 3], project: nil, members: [], in: event.id)
        }
        var judgeIDs: [MemberID] = []
        var tokens: [MemberID: String] = [:]
        for index in 0..<judges {
            let town = towns[index % 3]
            let account = try await node.accounts.createAccount(email: "judge\(index)@glocal.local", password: "bench password 2026")
            let judge = try await admitted("Судья \(index)", in: town, node, account: account.id)
            tokens[judge.id] = try await node.accounts.createAPIToken(account: account.id, name: "bench").secret
            judgeIDs.append(judge.id)
            try await node.challenges.addJudge(judgeIDs[index], to: event.id)
        }
        let assignments = try await node.challenges.assignJudges(in: event.id)
        _ = try await node.events.move(event.id, to: .running)
        let markers = judgeIDs.map { judge in
            (token: tokens[judge] ?? "", teams: assignments.filter { $0.judge == judge }.map(\.team))
        }
        return Fixture(largeTown: large, smallTown: small, project: first.id, event: event.id, markers: markers, judgeIDs: judgeIDs)
    }

    private static func admitted(_ name: String, in town: CityID, _ node: Node, account: AccountID? = nil) async throws -> Member {
        let applied = try await node.members.apply(MemberApplication(kind: .person, name: name, cityID: town, accountID: account))
        return try await node.members.setStatus(.admitted, of: applied.id)
    }
}
