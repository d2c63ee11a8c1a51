import Foundation
import Ledger
import Registry
import Server

/// `glocal-bench pages`: requests/s and latency p99 at 64 keep-alive connections for the
/// heaviest public pages — a town's page (its Atlas of Happiness drawn as SVG from ten
/// years of eight indicators, its communities and 200 projects, a dozen listed per stage),
/// a project's page (stage timeline, team, MVP plan, cap-table chart of 20 holders), the
/// ledger explorer, a Challenge's board (12 teams marked by 6 judges on 4 criteria), a
/// search, the town's road map (fourteen steps, five done with evidence) and the Union's
/// comparison of 100 towns' road maps on one time line — beside `/healthz` from the same server in the same run, the cost of the HTTP
/// frame without a page. Each page is measured twice: for signed-out readers, who share a
/// render while the data stands still (`PageCache`), and for a signed-in member, who
/// shares one with the members of the same roles, filled with their own count of waiting
/// acts and CSRF token (`SharedRender`); and a third time through an API token, which is
/// never served a kept page, so that what a render costs stays in view.
enum PagesBenchmark {
    static func run(emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/pages", durability: .normal)
        let node = try await data.openNode(durability: .normal)
        let (town, project) = try await fill(node)
        let challenge = try await markedChallenge(node)
        try await roadMaps(node, town: town)
        let application = try GlocalApplication(node: node, log: .discard)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2),
                                responder: application.router)
        let port = try server.start()
        let frame = HTTPBenchmark.load(port: port, path: "/healthz")
        emit(BenchmarkFigure(name: "pages.healthz_frame", value: frame.requestsPerSecond, unit: "requests/s (the same server, no page)"))
        let (session, token) = try await signedInReader(node, town: town)
        let cookie = "Cookie: \(AuthenticationMiddleware.sessionCookie)=\(session)\r\n"
        let bearer = "Authorization: Bearer \(token)\r\n"
        let pages = [("pages.town", "/towns/\(town)"), ("pages.project", "/projects/\(project)"), ("pages.ledger", "/ledger"),
                     ("pages.challenge_board", "/challenges/\(challenge)/board"), ("pages.search", "/search?q=%D1%81%D0%B5%D1%80%D0%B2%D0%B8%D1%81"),
                     ("pages.town_road_map", "/towns/\(town)/road-map"), ("pages.road_maps", "/road-maps")]
        for (reader, headers) in [("", ""), ("_signed_in", cookie), ("_rendered_each_view", bearer)] {
            for (page, path) in pages {
                let name = page + reader
                let result = HTTPBenchmark.load(port: port, path: path, headers: headers)
                emit(BenchmarkFigure(name: name + "_requests_per_second", value: result.requestsPerSecond, unit: "requests/s",
                                     baselineName: "pages.healthz_frame", baselineValue: frame.requestsPerSecond))
                emit(BenchmarkFigure(name: name + "_latency_p99", value: result.p99Milliseconds, unit: "ms at 64 connections",
                                     baselineName: "pages.healthz_frame.p99", baselineValue: frame.p99Milliseconds, target: "< 100 ms"))
                if result.rejected > 0 { progress("\(name): \(result.rejected) answers were not 2xx") }
                if result.errors > 0 { progress("\(name): \(result.errors) connection errors") }
            }
        }
        await server.shutdown()
    }

    /// The session token of a member of `town` signed in to the site, who shares renders
    /// with the members of the same roles, and an API token of theirs, for which pages are
    /// rendered each time.
    static func signedInReader(_ node: Node, town: CityID) async throws -> (session: String, apiToken: String) {
        let account = try await node.accounts.createAccount(email: "reader@glocal.local", password: "bench password 2026")
        _ = try await node.members.setStatus(.admitted, of: try await node.members.apply(
            MemberApplication(kind: .person, name: "Читатель", cityID: town, accountID: account.id)).id)
        let session = try await node.accounts.login(email: "reader@glocal.local", password: "bench password 2026", address: "127.0.0.1")
        return (session.sessionToken, try await node.accounts.createAPIToken(account: account.id, name: "bench").secret)
    }

    /// A town as full as the demo's largest, and one project in it with a cap table.
    private static func fill(_ node: Node) async throws -> (CityID, ProjectID) {
        let town = try await node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: 90_000)
        _ = try await node.cityProfiles.setDirections(["Туризм", "ЖКХ", "Городская среда", "Образование"], of: town.id)
        for year in 2016...2025 {
            guard let day = CalendarDate(rfc3339: "\(year)-06-01") else { throw BenchmarkError.cannotBuildFixture("a measurement date") }
            for (offset, indicator) in try await node.cityProfiles.definitions().map(\.indicator).enumerated() {
                _ = try await node.cityProfiles.recordFigure(of: town.id, indicator: indicator, value: Int64(100 + year % 7 * offset),
                                                             measuredOn: day)
            }
            _ = try await node.cityProfiles.recordAudit(of: town.id, area: "Цифровые сервисы", score: 40 + year % 10, auditedOn: day)
        }
        for name in ["Школа фасилитаторов", "Клуб предпринимателей", "Совет молодёжи"] {
            _ = try await node.communities.create(kind: .city, name: name, cityID: town.id)
        }
        var members: [MemberID] = []
        for index in 0..<20 {
            members.append(try await node.members.setStatus(.admitted, of: try await node.members.apply(
                MemberApplication(kind: .person, name: "Участник \(index)", cityID: town.id)).id).id)
        }
        var projects: [ProjectID] = []
        for index in 0..<200 {
            let draft = ProjectDraft(title: "Проект \(index): сервис для горожан", summary: "Что делает проект номер \(index).",
                                     direction: ["Туризм", "ЖКХ", "Городская среда"][index % 3], cityID: town.id)
            projects.append(try await node.projects.create(draft, lead: members[index % members.count]).id)
        }
        let project = projects[0]
        for stage in [ProjectStage.selected, .accelerating, .accelerated] { _ = try await node.projects.moveStage(of: project, to: stage) }
        guard let day = CalendarDate(rfc3339: "2026-01-15"), let authorised = ShareCount(Int64(5_000_000)) else {
            throw BenchmarkError.cannotBuildFixture("the cap table")
        }
        _ = try await node.capTables.record(.createShareClass(ShareClassCreation(
            id: "common", date: day, shareClass: "common", name: "Обыкновенные", kind: .common, authorised: authorised)), in: project)
        for (index, member) in members.enumerated() {
            guard let units = ShareCount(Int64(10_000 * (index + 1))) else { throw BenchmarkError.cannotBuildFixture("an issuance") }
            _ = try await node.capTables.record(.issueShares(ShareIssuance(
                id: CapTableEventID("issue-\(index)"), date: day, holder: StakeholderID(member.rawValue), shareClass: "common", units: units,
                pricePerUnit: Kopecks(1))), in: project)
        }
        try await node.capTables.setVisibility(.holders, of: project)
        return (town.id, project)
    }

    /// Road maps for `town` and 99 other towns, started a week apart, each with its first
    /// steps done (as many as its place in the list allows, up to five) and a document for each.
    private static func roadMaps(_ node: Node, town: CityID) async throws {
        let others = try await node.cities.registerAll((1..<100).map {
            CityRegistration(name: "Город \($0)", region: "Область \($0 % 10)", population: nil)
        }).map(\.id)
        guard let first = CalendarDate(rfc3339: "2025-01-06") else { throw BenchmarkError.cannotBuildFixture("a road map's start") }
        for (index, city) in ([town] + others).enumerated() {
            let roadMap = try await node.roadMaps.start(city, on: first.addingDays(7 * index))
            for step in roadMap.steps.prefix(max(0, 5 - index % 6)) {
                _ = try await node.roadMaps.change(step.step, of: city, to: RoadMapStepChange(
                    owner: step.owner, plannedStart: step.plannedStart, plannedEnd: step.plannedEnd, status: .done))
                _ = try await node.roadMaps.deposit(SHA256.hash(Array("Документ \(index) \(step.step.rawValue)".utf8)), titled: "Протокол",
                                                    for: step.step, of: city)
            }
        }
    }

    /// A running Challenge of three towns, 12 teams, 6 judges (2 on each team) and 4
    /// criteria, every assigned mark given.
    private static func markedChallenge(_ node: Node) async throws -> EventID {
        let towns = try await node.cities.registerAll(["Курган", "Сарапул", "Астрахань"].map {
            CityRegistration(name: $0, region: "Область", population: nil)
        }).map(\.id)
        guard let day = CalendarDate(rfc3339: "2026-12-01") else { throw BenchmarkError.cannotBuildFixture("the Challenge's day") }
        let event = try await node.events.create(EventDraft(kind: .challenge, title: "Glocal City Challenge", cityIDs: towns,
                                                            startsOn: day, endsOn: day)).id
        _ = try await node.challenges.setRules(ChallengeRules(criteria: (0..<4).map {
            ChallengeCriterion(id: "c\($0)", name: "Критерий \($0)", weight: 1 + $0)
        }, judgesPerTeam: 2), chair: nil, of: event)
        _ = try await node.events.move(event, to: .open)
        for index in 0..<12 {
            _ = try await node.challenges.registerTeam("Команда \(index)", of: towns[index % 3], project: nil, members: [], in: event)
        }
        for index in 0..<6 {
            let judge = try await node.members.setStatus(.admitted, of: try await node.members.apply(
                MemberApplication(kind: .person, name: "Судья \(index)", cityID: towns[index % 3])).id)
            try await node.challenges.addJudge(judge.id, to: event)
        }
        let assignments = try await node.challenges.assignJudges(in: event)
        _ = try await node.events.move(event, to: .running)
        for (index, assignment) in assignments.enumerated() {
            for criterion in 0..<4 {
                _ = try await node.challenges.mark(assignment.team, on: "c\(criterion)", value: (index + criterion) % 11,
                                                   by: assignment.judge, in: event)
            }
        }
        return event
    }
}
