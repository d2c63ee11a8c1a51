import Foundation
import FoundationXML
import Ledger
import Registry
import Testing

@testable import Server

/// The public registers as open data: towns and projects as CSV and JSON under CC BY 4.0,
/// Atom feeds of new projects (of a town) and of sealed results that an XML parser reads,
/// all readable from other origins, and none of it naming a person.
@Suite struct OpenDataTests {
    @Test func registersDownloadAndFeedsParse() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let node = app.node
        let glazov = try await node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        let kurgan = try await node.cities.register(name: "Курган", region: "Курганская область", population: nil)
        let lead = try await node.members.setStatus(.admitted, of: try await node.members.apply(
            MemberApplication(kind: .person, name: "Анна Корепанова", cityID: glazov.id)).id)
        for (title, town) in [("Гид & «музей» <Глазова>", glazov), ("Речной трамвай", kurgan)] {
            _ = try await node.projects.create(ProjectDraft(title: title, summary: "Описание.", direction: "туризм", cityID: town.id),
                                               lead: lead.id)
        }
        let client = try APIClient(port: server.port)

        let csv = try await client.send("GET", "/open-data/projects.csv")
        #expect(csv.status == 200 && csv.text.contains("Речной трамвай") && csv.header("Link")?.contains("licenses/by/4.0") == true)
        #expect(csv.header("Access-Control-Allow-Origin") == "*" && !csv.text.contains("Корепанова"))
        let json = try await client.send("GET", "/open-data/cities.json")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(json.body)) as? [String: Any])
        #expect(body["license"] as? String == "CC-BY-4.0" && (body["items"] as? [[String: Any]])?.count == 2)

        let feed = try await client.send("GET", "/feeds/projects.atom?city_id=\(glazov.id)")
        #expect(feed.status == 200 && feed.header("Content-Type") == "application/atom+xml; charset=utf-8")
        let titles = try Self.titles(of: feed.body)
        #expect(titles == ["Новые проекты — Глазов", "Гид & «музей» <Глазова>"], "the feed's title, then its one entry, unescaped")
        #expect(try Self.titles(of: try await client.send("GET", "/feeds/projects.atom").body).count == 3)
        #expect(try await client.send("GET", "/feeds/projects.atom?city_id=cty_nothing").status == 404)
        let results = try await client.send("GET", "/feeds/results.atom")
        let resultTitles = try Self.titles(of: results.body)
        #expect(results.status == 200 && resultTitles == ["Итоги событий, записанные в реестр"])

        let page = try await client.send("GET", OpenDataPage.path)
        #expect(page.status == 200 && page.text.contains("href=\"/open-data/projects.csv\"") && page.text.contains("CC BY 4.0"))
        await server.stop()
    }

    @Test func feedsOfChangesSayWhatChangedByName() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(.admitted, of: try await app.node.members.apply(
            MemberApplication(kind: .person, name: "Анна", cityID: glazov.id)).id)
        let project = try await app.node.projects.create(ProjectDraft(title: "Гид по Глазову <&>", summary: "Аудиогид", direction: "туризм",
                                                                      cityID: glazov.id), lead: lead.id)
        _ = try await app.node.projects.moveStage(of: project.id, to: .selected)
        _ = try await app.node.projects.adopt(project.id, by: sarapul.id)
        let day = CalendarDate(LedgerTime.now())
        let practice = try await app.node.practices.report(PracticeReport(title: "Атлас за две недели", summary: "Опрос", cityID: glazov.id,
                                                                          results: "Ответы", reportedOn: day))
        _ = try await app.node.practices.adopt(practice.id, in: sarapul.id)
        let client = try APIClient(port: server.port)

        let adopted = try await client.send("GET", "/feeds/ledger.atom?kind=practice.adopt")
        #expect(adopted.status == 200 && adopted.header("Content-Type") == "application/atom+xml; charset=utf-8")
        #expect(try Self.titles(of: adopted.body) == ["Изменения реестра: практика перенята", "практика перенята: «Атлас за две недели» — Сарапул"])
        let everything = try Self.titles(of: try await client.send("GET", "/feeds/ledger.atom").body)
        #expect(everything.count > 5 && everything[1] == "практика перенята: «Атлас за две недели» — Сарапул"
            && everything.contains("новая стадия проекта: «Гид по Глазову <&>»"))
        #expect(try await client.send("GET", "/feeds/ledger.atom?kind=nonsense").status == 404)

        let history = try await client.send("GET", "/feeds/projects/\(project.id)/changes.atom")
        // An adoption is dated by its day, so it sorts by day among the moves of that day.
        let historyTitles = try Self.titles(of: history.body)
        #expect(historyTitles.first == "Проект «Гид по Глазову <&>»" && historyTitles.dropFirst().sorted()
            == ["Гид по Глазову <&>: отобран на Игре", "Гид по Глазову <&>: перенят городом Сарапул", "Проект зарегистрирован: Гид по Глазову <&>"])
        #expect(try await client.send("GET", "/feeds/projects/prj_nothing/changes.atom").status == 404)
        #expect(try await client.send("GET", "/projects/\(project.id)").text.contains("href=\"/feeds/projects/\(project.id)/changes.atom\""))
        #expect(try await client.send("GET", OpenDataPage.path).text.contains("href=\"/feeds/ledger.atom?kind=practice.adopt\""))
        await server.stop()
    }

    /// The `title` elements of a feed, read by an XML parser (which fails on anything
    /// that is not well-formed).
    private static func titles(of bytes: [UInt8]) throws -> [String] {
        final class Titles: NSObject, XMLParserDelegate {
            var found: [String] = []
            var current: String?
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) {
                if name == "title" { current = "" }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) { current? += string }
            func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
                if name == "title", let current { found.append(current) }
                current = nil
            }
        }
        let parser = XMLParser(data: Data(bytes))
        let delegate = Titles()
        parser.delegate = delegate
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.coderReadCorrupt) }
        return delegate.found
    }
}
