import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// Signed-out readers share a page's render: a commit, the page's age, another language or
/// a signed-in reader each get a fresh one, and readers during the render after a commit
/// are served the page it replaces.
@Suite struct PageCacheTests {
    private static let page = HTTPResponse(status: .ok, contentType: "text/html; charset=utf-8", body: Array("<p>Глазов</p>".utf8))

    @Test func aKeptPageIsServedUntilTheNextCommit() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        try await settled(app)
        let cache = PageCache(commits: app.node.ledger.commits)
        let key = PageCache.Key(target: "/towns", language: .russian, reader: .signedOut)
        let renderedAt = app.node.ledger.commits.value
        cache.keep(Self.page, for: key, renderedAt: renderedAt)
        #expect(cache.page(for: key)?.bodyBytes == Self.page.bodyBytes)
        #expect(cache.page(for: PageCache.Key(target: "/towns", language: .english, reader: .signedOut)) == nil)
        #expect(cache.page(for: PageCache.Key(target: "/towns?page=2", language: .russian, reader: .signedOut)) == nil)
        _ = try await app.node.cities.register(name: "Сарапул", region: "Удмуртская Республика", population: nil)
        #expect(cache.page(for: key) == nil, "a commit made every kept page stale")
        cache.keep(Self.page, for: key, renderedAt: renderedAt)
        #expect(cache.page(for: key) == nil, "a page rendered before the commit is not kept after it")
    }

    @Test func aKeptPageIsServedOnlyWhileFresh() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        try await settled(app)
        let cache = PageCache(commits: app.node.ledger.commits, freshness: .milliseconds(50))
        let key = PageCache.Key(target: "/", language: .russian, reader: .signedOut)
        cache.keep(Self.page, for: key, renderedAt: app.node.ledger.commits.value)
        #expect(cache.page(for: key) != nil)
        try await Task.sleep(for: .milliseconds(80))
        #expect(cache.page(for: key) == nil)
    }

    @Test func readersOfAPageBeingRenderedShareThatRender() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        try await settled(app)
        let cache = PageCache(commits: app.node.ledger.commits)
        let renders = Counter()
        let key = PageCache.Key(target: "/ledger", language: .russian, reader: .signedOut)
        let bodies = try await readConcurrently(20) {
            try await cache.page(for: key) {
                await renders.add()
                try await Task.sleep(for: .milliseconds(50))
                return Self.page
            }.bodyBytes
        }
        #expect(await renders.value == 1 && bodies.allSatisfy { $0 == Self.page.bodyBytes })

        var withCookie = Self.page
        withCookie.headers.add("Set-Cookie", "lang=en; Path=/")
        let personal = withCookie
        let other = PageCache.Key(target: "/?lang=en", language: .english, reader: .signedOut)
        _ = try await readConcurrently(20) {
            try await cache.page(for: other) {
                await renders.add()
                try await Task.sleep(for: .milliseconds(20))
                return personal
            }.bodyBytes
        }
        #expect(await renders.value == 21, "a page that sets a cookie is rendered for each reader")

        var unkept = Self.page
        unkept.headers.add("Cache-Control", "no-store")
        let checked = unkept
        _ = try await readConcurrently(10) {
            try await cache.page(for: PageCache.Key(target: "/verify?receipt=x", language: .russian, reader: .signedOut)) {
                await renders.add()
                try await Task.sleep(for: .milliseconds(20))
                return checked
            }.bodyBytes
        }
        #expect(await renders.value == 31, "a page whose handler says no-store is rendered for each reader")
    }

    @Test func readersWhileThePageIsRenderedAfterACommitGetThePageItReplaces() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let cache = PageCache(commits: app.node.ledger.commits, freshness: .seconds(600))
        let key = PageCache.Key(target: "/towns", language: .russian, reader: .signedOut)
        let before = HTTPResponse(status: .ok, contentType: "text/html; charset=utf-8", body: Array("<p>до</p>".utf8))
        let after = HTTPResponse(status: .ok, contentType: "text/html; charset=utf-8", body: Array("<p>после</p>".utf8))
        cache.keep(before, for: key, renderedAt: app.node.ledger.commits.value)
        _ = try await app.node.cities.register(name: "Сарапул", region: "Удмуртская Республика", population: nil)
        let renders = Counter()
        let first = Task {
            try await cache.page(for: key) {
                await renders.add()
                try await Task.sleep(for: .milliseconds(200))
                return after
            }.bodyBytes
        }
        while await renders.value == 0 { try await Task.sleep(for: .milliseconds(5)) }
        let meanwhile = try await cache.page(for: key) {
            await renders.add()
            return after
        }
        let rendered = await renders.value
        #expect(meanwhile.bodyBytes == before.bodyBytes && rendered == 1, "served the page being replaced, not rendered")
        #expect(try await first.value == after.bodyBytes)
    }

    @Test func aTownsKeptPageOutlastsJudgesMarksAndTheBoardOnlyAsLongAsItIsScored() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: nil)
        let astrakhan = try await node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        let judge = try await node.members.setStatus(
            .admitted, of: try await node.members.apply(MemberApplication(kind: .person, name: "Судья", cityID: astrakhan.id)).id)
        let challenge = try await RunningChallenge.start(node, teamOf: glazov, judge: judge, of: astrakhan, criteria: 1)
        try await settled(app)

        let counter = node.ledger.commits
        let cache = PageCache(commits: counter, freshness: .seconds(600))
        let town = PageCache.Key(target: "/towns/\(glazov.id)", language: .russian, reader: .signedOut, judging: .notShown)
        let board = PageCache.Key(target: "/challenges/\(challenge.event)/board", language: .russian, reader: .signedOut,
                                  judging: .shownWithin(Challenges.publicBoardRefresh))
        let ledger = PageCache.Key(target: "/ledger", language: .russian, reader: .signedOut)
        cache.keep(Self.page, for: town, renderedAt: counter.valueBeyondJudging)
        cache.keep(Self.page, for: board, renderedAt: counter.valueBeyondJudging)
        cache.keep(Self.page, for: ledger, renderedAt: counter.value)
        #expect(cache.page(for: town) != nil && cache.page(for: board) != nil && cache.page(for: ledger) != nil)

        _ = try await node.challenges.mark(challenge.team.id, on: "c0", value: 7, by: judge.id, in: challenge.event)
        #expect(cache.page(for: town) != nil, "a mark changes nothing a town's page shows")
        #expect(cache.page(for: ledger) == nil, "the ledger shows the mark's entry at the next view")
        try await Task.sleep(for: Challenges.publicBoardRefresh + .milliseconds(50))
        #expect(cache.page(for: board) == nil, "the board is kept across marks no longer than it is scored")
        #expect(cache.page(for: town) != nil)
        _ = try await node.cities.register(name: "Сарапул", region: "Удмуртская Республика", population: nil)
        #expect(cache.page(for: town) == nil, "any other change makes the town's page stale")
    }

    @Test func manyMembersReadingABoardWhileItIsScoredAllGetIt() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: nil)
        let astrakhan = try await node.cities.register(name: "Астрахань", region: "Астраханская область", population: nil)
        let (member, judge) = try await SignedInMember.make("judge@glocal.test", in: astrakhan, app: app, port: server.port)
        let challenge = try await RunningChallenge.start(node, teamOf: glazov, judge: judge, of: astrakhan, criteria: 1)
        _ = try await node.challenges.mark(challenge.team.id, on: "c0", value: 7, by: judge.id, in: challenge.event)

        // More readers at once than the node has read connections, each holding one for its
        // request while the board they all wait for is scored.
        let readers = 4 * ReadConnectionPool.defaultCapacity
        let cookie = try #require(member.sessionCookie)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<readers {
                group.addTask {
                    let reader = try APIClient(port: server.port)
                    reader.sessionCookie = cookie
                    return try await reader.send("GET", "/challenges/\(challenge.event)/board").status
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(statuses.count == readers && statuses.allSatisfy { $0 == 200 })
        await server.stop()
    }

    /// Grows the log and waits until the writer has signed the checkpoint it schedules
    /// after that commit, so that the commit count stands still while a test looks at
    /// kept pages.
    private func settled(_ app: TestApplication) async throws {
        _ = try await app.node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let ledger = app.node.ledger
        for _ in 0..<200 {
            let size = await ledger.size
            let covered = try await app.node.database.read { try LedgerRecords($0).latestCheckpoint()?.checkpoint.size }
            if covered == size { return }
            try await Task.sleep(for: .milliseconds(25))
        }
        Issue.record("the writer signed no checkpoint of the grown log")
    }

    private actor Counter {
        var value = 0
        func add() { value += 1 }
    }

    private func readConcurrently(_ readers: Int, _ read: @escaping @Sendable () async throws -> [UInt8]) async throws -> [[UInt8]] {
        try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for _ in 0..<readers { group.addTask { try await read() } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    @Test func readersSeeEachChangeAtOnceAndSignedInReadersGetTheirOwnPage() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: 90_000)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна", cityID: town.id)).id)
        let reader = try APIClient(port: server.port)
        for index in 0..<3 {
            #expect(try await reader.send("GET", "/towns/\(town.id)").text.contains("Проект \(index)") == false)
            _ = try await app.node.projects.create(ProjectDraft(title: "Проект \(index)", summary: "Что он делает.", direction: "Туризм",
                                                                cityID: town.id), lead: lead.id)
            #expect(try await reader.send("GET", "/towns/\(town.id)").text.contains("Проект \(index)"))
        }
        #expect(try await reader.send("GET", "/towns/\(town.id)?lang=en").text.contains("<html lang=\"en\">"))
        #expect(try await reader.send("GET", "/towns/\(town.id)").text.contains("<html lang=\"ru\">"))
        let (member, _) = try await SignedInMember.make("anna@glocal.test", in: town, app: app, port: server.port)
        for _ in 0..<2 { #expect(try await !reader.send("GET", "/towns/\(town.id)").text.contains("href=\"/my/inbox\"")) }
        let signedIn = try await member.send("GET", "/towns/\(town.id)")
        #expect(signedIn.status == 200 && signedIn.text.contains("href=\"/my/inbox\""))
        await server.stop()
    }

    @Test func membersOfTheSameRolesShareARenderEachWithTheirOwnWaitingActsAndToken() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let town = try await app.node.cities.register(name: "Глазов", region: "Удмуртская Республика", population: 90_000)
        let lead = try await app.node.members.setStatus(
            .admitted, of: try await app.node.members.apply(MemberApplication(kind: .person, name: "Анна Корепанова", cityID: town.id)).id)
        let project = try await app.node.projects.create(ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "Туризм", cityID: town.id),
                                                         lead: lead.id)
        let (resident, _) = try await SignedInMember.make("resident@glocal.test", in: town, app: app, port: server.port)
        let (first, _) = try await SignedInMember.make("first@glocal.test", in: town, app: app, roles: [.unionStaff], port: server.port)
        let (second, _) = try await SignedInMember.make("second@glocal.test", in: town, app: app, roles: [.unionStaff], port: server.port)
        _ = try await app.node.members.apply(MemberApplication(kind: .person, name: "Заявитель", cityID: town.id))
        try await settled(app)

        // The first staff member's view of the road map, with its form, is kept with markers
        // where the count and the token go; the second is served it with their own.
        let path = "/towns/\(town.id)/road-map"
        let firsts = try await first.send("GET", path).text
        let key = PageCache.Key(target: path, language: .russian, reader: .member(roles: ["union_staff"]), judging: .notShown)
        let kept = String(decoding: try #require(app.application.pages.page(for: key)).bodyBytes, as: UTF8.self)
        #expect(kept.contains(SharedRender.waitingMarker.description) && kept.contains(SharedRender.csrfMarker.description))
        let seconds = try await second.send("GET", path).text
        let (firstToken, secondToken) = (try #require(first.csrfToken), try #require(second.csrfToken))
        #expect(firsts.contains("value=\"\(firstToken)\"") && !firsts.contains(secondToken) && !firsts.contains("glocal:"))
        #expect(seconds.contains("value=\"\(secondToken)\"") && !seconds.contains(firstToken) && !seconds.contains("glocal:"))
        #expect(firsts.contains("class=\"waiting\">Ждёт действия: 1<") && seconds.contains("class=\"waiting\">Ждёт действия: 1<"))
        // A resident, who keeps no road map, gets a render of their own roles: no form, nothing waiting.
        let residents = try await resident.send("GET", path).text
        #expect(!residents.contains("csrf_token") && residents.contains("class=\"waiting none\">Ждёт действия: 0<"))
        // Members see persons by name, readers signed out do not; a member's own pages are never shared.
        #expect(try await resident.send("GET", "/projects/\(project.id)").text.contains("Анна Корепанова"))
        #expect(try await !APIClient(port: server.port).send("GET", "/projects/\(project.id)").text.contains("Анна Корепанова"))
        #expect(try await second.send("GET", "/account").text.contains("second@glocal.test"))
        #expect(try await !first.send("GET", "/account").text.contains("second@glocal.test"))
        #expect(app.application.pages.page(for: PageCache.Key(target: "/account", language: .russian, reader: .member(roles: ["union_staff"]))) == nil)
        await server.stop()
    }

    @Test func aSharedRenderIsFilledWithTheReadersOwnAtEveryMarker() {
        let body = "<p><!--glocal:waiting--></p><form><!--glocal:csrf--></form><!--glocal:x--><form><!--glocal:csrf--></form><!--glocal:csrf-->"
        let filled = SharedRender.filling(HTTPResponse(contentType: "text/html", body: Array(body.utf8)), waiting: 2, csrfToken: "t0k",
                                          language: .russian)
        let token = "<input type=\"hidden\" name=\"csrf_token\" value=\"t0k\">"
        #expect(String(decoding: filled.bodyBytes, as: UTF8.self)
            == "<p><a href=\"/my/inbox\" class=\"waiting\">Ждёт действия: 2</a></p><form>\(token)</form><!--glocal:x--><form>\(token)</form>\(token)")
        let plain = SharedRender.filling(HTTPResponse(contentType: "text/html", body: Array("<p>нет</p>".utf8)), waiting: 0, csrfToken: "t",
                                         language: .russian)
        #expect(plain.bodyBytes == Array("<p>нет</p>".utf8))
    }
}
