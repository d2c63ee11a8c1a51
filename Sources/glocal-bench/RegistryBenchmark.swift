import Foundation
import Ledger
import Registry
import Server

/// `glocal-bench registry`: a node loaded with 100 000 projects and 20 000 members
/// through the registry's public API, then
/// - search latency p50/p95 over a mix of queries drawn by Zipf's law (one word, two
///   words, a prefix, a word with a town filter), beside the first group's MATCH run
///   raw on SQLite's FTS5 index, and BM25 ranking as a reference;
/// - the latency of a plain list page deep in the keyset order, beside raw SQL;
/// - create-project and IP-deposit requests/s over HTTP with a bearer token, beside
///   the node's own durable ledger append rate at the same concurrency.
enum RegistryBenchmark {
    static let cityCount = 40
    static let directions = ["туризм", "ремёсла", "агротех", "образование", "здоровье", "культура", "транспорт",
                             "торговля", "экология", "спорт", "it", "городская среда"]
    static let loaders = 64
    static let httpConnections = 16

    static func run(emit: @Sendable (BenchmarkFigure) -> Void, projects projectCount: Int, members memberCount: Int) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/registry")
        let node = try await data.openNode()
        let loaded = try await load(node, projects: projectCount, members: memberCount, emit: emit)
        try await searchFigures(node, path: data.databasePath, projects: projectCount, emit: emit)
        try await writeFigures(node, city: loaded.city, emit: emit)
    }

    private static func load(_ node: Node, projects projectCount: Int, members memberCount: Int,
                             emit: @Sendable (BenchmarkFigure) -> Void) async throws -> (city: CityID, leads: [MemberID]) {
        let cities = try await node.cities.registerAll((0..<cityCount).map {
            CityRegistration(name: "Город \($0)", region: "Область \($0 % 8)", population: 5_000 + $0 * 1_000)
        }).map(\.id)
        var memberIDs: [MemberID] = []
        let memberClock = Stopwatch()
        for start in stride(from: 0, to: memberCount, by: 1_000) {
            let batch = (start..<min(start + 1_000, memberCount)).map { index in
                ImportedMember(application: MemberApplication(kind: .person, name: "Участник \(index)",
                                                              cityID: cities[index % cities.count]), status: .admitted)
            }
            memberIDs += try await node.members.applyAll(batch).map(\.id)
        }
        progress("loaded \(memberCount) members in \(Int(memberClock.seconds)) s")
        let leads = memberIDs
        var profileText = BenchText(seed: 7)
        for (index, member) in leads.prefix(2_000).enumerated() {
            _ = try await node.profiles.setMentorProfile(
                of: member, competencies: (0..<3).map { _ in profileText.word() }, weeklyHours: 1 + index % 10,
                cityIDs: [cities[index % cities.count]])
        }

        let projectClock = Stopwatch()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for loader in 0..<loaders {
                group.addTask {
                    var text = BenchText(seed: UInt64(loader + 1))
                    for index in stride(from: loader, to: projectCount, by: loaders) {
                        let draft = ProjectDraft(title: text.sentence(words: 3 + text.integer(below: 4)),
                                                 summary: text.sentence(words: 20 + text.integer(below: 20)),
                                                 direction: directions[index % directions.count],
                                                 cityID: cities[index % cities.count])
                        _ = try await node.projects.create(draft, lead: leads[index % leads.count])
                    }
                }
            }
            try await group.waitForAll()
        }
        let rate = Double(projectCount) / projectClock.seconds
        progress("loaded \(projectCount) projects in \(Int(projectClock.seconds)) s")
        emit(BenchmarkFigure(name: "registry.load.create_project", value: rate, unit: "projects/s (\(loaders) tasks, durable)"))
        return (cities[0], leads)
    }

    private static func searchFigures(_ node: Node, path: String, projects projectCount: Int,
                                      emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        var text = BenchText(seed: 99)
        var queries: [(words: String, city: CityID?)] = []
        let cities = try await node.cities.all().map(\.id)
        for index in 0..<400 {
            switch index % 7 {
            case 0, 1, 2: queries.append((text.word(), nil))
            case 3, 4: queries.append((text.word() + " " + text.word(), nil))
            case 5: queries.append((String(text.word().prefix(4)), nil))
            default: queries.append((text.word(), cities[text.integer(below: cities.count)]))
            }
        }
        let page = try PageRequest(limit: 20)
        var ours: [Double] = []
        var found = 0
        for query in queries {
            let clock = Stopwatch()
            let result = try await node.projects.projects(ProjectFilter(cityID: query.city), matching: try SearchQuery(query.words),
                                                          page: page)
            ours.append(clock.seconds * 1000)
            found += result.items.count
        }
        let raw = try SQLiteConnection(path: path, readOnly: true)
        var sameShape: [Double] = []
        var ranked: [Double] = []
        for query in queries {
            guard let match = try SearchQuery(query.words) else { continue }
            let terms = match.words.map { "\"\(RussianStemmer.stem($0))\"*" }.joined(separator: " ")
            var clock = Stopwatch()
            _ = try raw.query("SELECT rowid FROM project_search WHERE project_search MATCH ? ORDER BY rowid DESC LIMIT 21",
                              [.text("title : (\(terms))")]) { try $0.int64("rowid") }
            sameShape.append(clock.seconds * 1000)
            clock = Stopwatch()
            _ = try raw.query("SELECT rowid FROM project_search WHERE project_search MATCH ? ORDER BY rank LIMIT 21",
                              [.text(terms)]) { try $0.int64("rowid") }
            ranked.append(clock.seconds * 1000)
        }
        ours.sort()
        sameShape.sort()
        ranked.sort()
        progress("search: \(queries.count) queries, \(found) results in all")
        let unit = "ms at \(projectCount) projects"
        emit(BenchmarkFigure(name: "registry.search.projects.p50", value: percentile(ours, 50), unit: unit,
                             baselineName: "sqlite.fts5.title_words_newest_first.p50", baselineValue: percentile(sameShape, 50)))
        emit(BenchmarkFigure(name: "registry.search.projects.p95", value: percentile(ours, 95), unit: unit,
                             baselineName: "sqlite.fts5.title_words_newest_first.p95", baselineValue: percentile(sameShape, 95),
                             target: "< 20 ms"))
        emit(BenchmarkFigure(name: "registry.search.projects.max", value: ours.last ?? 0, unit: unit,
                             baselineName: "sqlite.fts5.title_words_newest_first.max", baselineValue: sameShape.last ?? 0))
        emit(BenchmarkFigure(name: "sqlite.fts5.bm25_ranked.p95", value: percentile(ranked, 95), unit: unit,
                             target: "reference: ranking every match by BM25, the order not chosen"))
        try await correctionFigures(node, raw: raw, projects: projectCount, emit: emit)
        try await listFigures(node, raw: raw, projects: projectCount, emit: emit)
    }

    /// The fallback of a search that finds nothing: words of the titles with two
    /// neighbouring letters swapped, corrected back, beside looking one word up in the
    /// index's vocabulary.
    private static func correctionFigures(_ node: Node, raw: SQLiteConnection, projects projectCount: Int,
                                          emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        var text = BenchText(seed: 7)
        var ours: [Double] = []
        var lookups: [Double] = []
        var restored = 0
        var tried = 0
        while tried < 200 {
            let word = SearchQuery.fold(text.word())
            var letters = Array(word)
            guard letters.count >= 6 else { continue }
            letters.swapAt(2, 3)
            let typo = String(letters)
            guard typo != word, let query = try SearchQuery(typo) else { continue }
            tried += 1
            var clock = Stopwatch()
            let correction = try await node.spelling.correction(of: query)
            ours.append(clock.seconds * 1000)
            if correction?.query.words == [word] { restored += 1 }
            clock = Stopwatch()
            _ = try raw.query("SELECT doc FROM project_search_terms WHERE term = ?", [.text(word)]) { try $0.int64("doc") }
            lookups.append(clock.seconds * 1000)
        }
        ours.sort()
        lookups.sort()
        progress("spelling: \(restored) of \(tried) misspelt words corrected back")
        let unit = "ms at \(projectCount) projects"
        emit(BenchmarkFigure(name: "registry.search.correction.p50", value: percentile(ours, 50), unit: unit,
                             baselineName: "sqlite.fts5vocab.exact_term.p50", baselineValue: percentile(lookups, 50)))
        emit(BenchmarkFigure(name: "registry.search.correction.p95", value: percentile(ours, 95), unit: unit,
                             baselineName: "sqlite.fts5vocab.exact_term.p95", baselineValue: percentile(lookups, 95), target: "< 50 ms"))
        emit(BenchmarkFigure(name: "registry.search.correction.restored", value: Double(restored) / Double(tried) * 100,
                             unit: "% of misspelt words corrected back"))
    }

    /// Pages deep into the plain list: each page is one keyset query whatever its depth.
    private static func listFigures(_ node: Node, raw: SQLiteConnection, projects projectCount: Int,
                                    emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        var request = try PageRequest(limit: 50)
        var ours: [Double] = []
        for _ in 0..<200 {
            let clock = Stopwatch()
            let page = try await node.projects.projects(ProjectFilter(), matching: nil, page: request)
            ours.append(clock.seconds * 1000)
            guard let next = page.next else { break }
            request = try PageRequest(limit: 50, after: next)
        }
        var baseline: [Double] = []
        var last = ("", "")
        for _ in 0..<200 {
            let clock = Stopwatch()
            let rows = try raw.query("SELECT id, created_at FROM project WHERE (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT 50",
                                     [.text(last.1), .text(last.0)]) { (try $0.text("id"), try $0.text("created_at")) }
            baseline.append(clock.seconds * 1000)
            guard let end = rows.last else { break }
            last = end
        }
        ours.sort()
        baseline.sort()
        emit(BenchmarkFigure(name: "registry.list.projects.page_of_50.p95", value: percentile(ours, 95),
                             unit: "ms at \(projectCount) projects, 200 consecutive pages",
                             baselineName: "sqlite.keyset_ids_only.p95", baselineValue: percentile(baseline, 95)))
    }

    private static func writeFigures(_ node: Node, city: CityID, emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let account = try await node.accounts.createAccount(email: "bench@glocal.local", password: "bench password 2026",
                                                            roles: [.resident])
        let member = try await node.members.apply(MemberApplication(kind: .person, name: "Автор", accountID: account.id))
        _ = try await node.members.setStatus(.admitted, of: member.id)
        let token = try await node.accounts.createAPIToken(account: account.id, name: "bench").secret
        let baseline = try await LedgerBenchmark.appendRate(node.ledger, writers: httpConnections, seconds: 3)
        let application = try GlocalApplication(node: node, log: .discard)
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2),
                                responder: application.router)
        let port = try server.start()
        let createProject: @Sendable (Int) -> [UInt8] = { number in
            post("/api/v1/projects", token: token, body: """
                {"title":"Проект нагрузки \(number)","summary":"Сервис доставки для района.","direction":"торговля","city_id":"\(city)"}
                """)
        }
        let holder = member.id.rawValue
        let deposit: @Sendable (Int) -> [UInt8] = { number in
            post("/api/v1/ip-assets", token: token, body: """
                {"kind":"software","title":"Программа \(number)","content_sha256":"\(SHA256.hash(Array("bench deposit \(number)".utf8)).hex)",\
                "holders":[{"member_id":"\(holder)","units":10000}]}
                """)
        }
        for (name, requests) in [("registry.http.create_project", createProject), ("registry.http.deposit_ip_asset", deposit)] {
            let result = LoadGenerator(port: port, requests: requests, connections: httpConnections, threads: 2, seconds: 5).run()
            if result.errors + result.rejected > 0 { progress("\(name): \(result.errors) errors, \(result.rejected) rejected") }
            emit(BenchmarkFigure(name: name, value: result.requestsPerSecond, unit: "requests/s (\(httpConnections) connections)",
                                 baselineName: "ledger.append.durable.\(httpConnections)_writers", baselineValue: baseline))
            emit(BenchmarkFigure(name: name + ".p99", value: result.p99Milliseconds, unit: "ms"))
        }
        await server.shutdown()
    }

    private static func post(_ path: String, token: String, body: String) -> [UInt8] {
        let bytes = Array(body.utf8)
        return Array("""
            POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nContent-Type: application/json\r\n\
            Content-Length: \(bytes.count)\r\n\r\n
            """.utf8) + bytes
    }
}
