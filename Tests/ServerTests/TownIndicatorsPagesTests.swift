import Foundation
import Registry
import Testing

@testable import Server

/// A town's page beside its audited figures shows the indicators the registry computes,
/// each figure linked to the entries it sums; the API serves the same; and the comparison
/// page sets towns side by side on one indicator.
@Suite struct TownIndicatorsPagesTests {
    @Test func computedFiguresLinkTheirEntriesAndTownsCompare() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await app.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let day = try #require(CalendarDate(rfc3339: "2026-03-15"))
        for (town, value) in [(glazov, Int64(150_000_000)), (sarapul, Int64(40_000_000))] {
            _ = try await app.node.cityProfiles.recordFigure(of: town.id, indicator: .localInvestment, value: value, measuredOn: day)
        }
        let practice = try await app.node.practices.report(PracticeReport(title: "Атлас за две недели", summary: "Опрос", cityID: glazov.id,
                                                                          results: "Ответы", reportedOn: day))
        let adoption = try await app.node.practices.adopt(practice.id, in: sarapul.id)
        let reader = try APIClient(port: server.port)

        let page = try await reader.send("GET", "/towns/\(glazov.id)")
        #expect(page.status == 200 && page.text.contains("Вычислено по записям реестра")
            && page.text.contains("Практики города, перенятые другими городами") && page.text.contains("href=\"/ledger/\(adoption.ledgerSeq)\"")
            && page.text.contains("href=\"/atlas/compare?indicator=invested_in_projects\""))
        #expect(try await reader.send("GET", "/towns/\(sarapul.id)").text.contains("Пока нет записей, из которых их можно вычислить."))

        let api = try await reader.send("GET", "/api/v1/cities/\(glazov.id)/computed-indicators")
        let series = try #require(try api.json()["series"] as? [[String: Any]])
        #expect(series.compactMap { $0["indicator"] as? String }
            == ["invested_in_projects", "town_fund_revenue", "projects_adopted_elsewhere", "practices_adopted_elsewhere"])
        let practices = try #require(series.last?["figures"] as? [[String: Any]])
        #expect(practices.first?["value"] as? Int == 1 && practices.first?["ledger_seqs"] as? [Int] == [adoption.ledgerSeq])

        let audited = try await reader.send("GET", "/atlas/compare?indicator=local_investment")
        #expect(audited.status == 200 && audited.text.contains("Глазов") && audited.text.contains("Сарапул")
            && audited.text.components(separatedBy: "<svg").count == 3 && audited.text.contains("1\u{00A0}500\u{00A0}000\u{00A0}₽"))
        let computed = try await reader.send("GET", "/atlas/compare?indicator=practices_adopted_elsewhere")
        #expect(computed.text.contains("href=\"/towns/\(glazov.id)\"") && !computed.text.contains("href=\"/towns/\(sarapul.id)\""))
        let nothing = try await reader.send("GET", "/atlas/compare?indicator=town_fund_revenue")
        #expect(nothing.status == 200 && nothing.text.contains("Ни в одном городе пока нет значений этого показателя."))
        #expect(try await reader.send("GET", "/atlas/compare?indicator=nonsense").status == 200)
        await server.stop()
    }
}
