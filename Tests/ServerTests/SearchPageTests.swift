import Foundation
import Ledger
import Registry
import Testing

@testable import Server

/// The search page searches everything at once: each register's finds under its heading,
/// named and described in words with the words found marked, never an id; a search that
/// finds nothing is tried again with its misspelt words corrected.
@Suite struct SearchPageTests {
    @Test func oneSearchFindsProjectsPracticesPeopleAndTownsAndCorrectsTypos() async throws {
        let app = try await TestApplication.make()
        defer { app.remove() }
        let server = try TestServer.start(app.router)
        let glazov = try await app.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await app.node.members.setStatus(.admitted, of: try await app.node.members.apply(
            MemberApplication(kind: .person, name: "Анна Ёлкина", cityID: glazov.id)).id)
        _ = try await app.node.projects.create(ProjectDraft(title: "Туристический гид", summary: "Аудиогид для туристов: маршруты по Глазову и музеям.",
                                                            direction: "туризм", cityID: glazov.id), lead: lead.id)
        _ = try await app.node.practices.report(PracticeReport(title: "Туризм выходного дня", summary: "Экскурсии по субботам", cityID: glazov.id,
                                                               results: "Туристов вдвое больше", reportedOn: CalendarDate(LedgerTime.now())))
        _ = try await app.node.profiles.setMentorProfile(of: lead.id, competencies: ["туризм", "маркетинг"], weeklyHours: 4, cityIDs: [glazov.id])
        _ = try await app.node.communities.create(kind: .city, name: "Клуб туристов Глазова", cityID: glazov.id)
        let client = try APIClient(port: server.port)
        func search(_ words: String, _ extra: String = "") async throws -> String {
            try await client.send("GET", "/search?q=\(words.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")\(extra)").text
        }

        let page = try await search("туризм")
        #expect(page.contains("<h2>Проекты</h2>") && page.contains("<h2>Практики</h2>") && page.contains("<h2>Наставники</h2>"))
        #expect(page.contains("<mark>туризм</mark>") && page.contains("Глазов · идея · туризм"))
        let tourists = try await search("туристы")
        #expect(tourists.contains("<mark>туристов</mark>") && !tourists.contains("<mark>Туристический</mark>"),
                "the fragment is of the text, the title is linked whole")
        #expect(tourists.contains("<h2>Города и сообщества</h2>") && tourists.contains("Клуб туристов Глазова"))
        #expect(page.contains("href=\"/members/\(lead.id)\"") && page.contains("участник Союза"), "a person is named as the reader may see")
        let text = page.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        #expect(!text.contains("mem_") && !text.contains("prj_") && !text.contains("cty_"), "no id as text")

        let typo = try await search("турзм")
        #expect(typo.contains("Ничего не нашлось по запросу «турзм». Показано найденное по запросу <mark>туризм</mark>.")
            && typo.contains("Туризм выходного дня"))
        let nothing = try await search("космодром")
        #expect(nothing.contains("Ничего не найдено.") && !nothing.contains("Ничего не нашлось по запросу"))
        let inTown = try await search("туризм", "&in=all&town=\(glazov.id)")
        #expect(inTown.contains("<h2>Проекты</h2>") && inTown.contains("<h2>Практики</h2>") && !inTown.contains("<h2>Наставники</h2>")
            && inTown.contains("<option value=\"\(glazov.id)\" selected=\"selected\">Глазов</option>"))
        #expect(try await search("туризм", "&in=all&stage=funded").contains("Ничего не найдено."), "no project is funded; practices have no stage")
        let practicesOnly = try await search("туризм", "&in=practices")
        #expect(practicesOnly.contains("Туризм выходного дня") && !practicesOnly.contains("<h2>Проекты</h2>"))
        await server.stop()
    }
}
