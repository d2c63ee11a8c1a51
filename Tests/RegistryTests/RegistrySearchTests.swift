import Foundation
import Ledger
import Testing

@testable import Registry

/// Full-text search and keyset paging over the registry's growing lists: Russian and
/// English words, case and ё/е folding, prefixes, filters, and that the index follows
/// every write (edits, erasure) because triggers keep it.
@Suite struct RegistrySearchTests {
    private struct Fixture {
        let test: TestNode
        let glazov: City
        let sarapul: City
        let lead: Member

        static func make() async throws -> Fixture {
            let test = try await TestNode.make()
            let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
            let sarapul = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
            return Fixture(test: test, glazov: glazov, sarapul: sarapul, lead: try await admitted("Анна", in: test))
        }

        static func admitted(_ name: String, in test: TestNode) async throws -> Member {
            let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
            return try await test.node.members.setStatus(.admitted, of: member.id)
        }

        @discardableResult
        func project(_ title: String, _ summary: String, direction: String = "туризм", city: City? = nil) async throws -> Project {
            try await test.node.projects.create(ProjectDraft(title: title, summary: summary, direction: direction,
                                                             cityID: (city ?? glazov).id), lead: lead.id)
        }

        func titles(_ text: String, filter: ProjectFilter = ProjectFilter()) async throws -> [String] {
            try await test.node.projects.projects(filter, matching: try SearchQuery(text), page: PageRequest()).items.map(\.title)
        }
    }

    @Test func findsRussianWordsWhateverTheirCaseAndWithEOrYo() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Ёлочный базар", "Продажа ёлок к Новому году.")
        try await fixture.project("ЦИФРОВОЙ ГИД", "Аудиогид по старому городу.")
        try await fixture.project("Agro map", "A map of local farmers.")

        #expect(try await fixture.titles("елочный") == ["Ёлочный базар"])
        #expect(try await fixture.titles("ЁЛОЧНЫЙ") == ["Ёлочный базар"])
        #expect(try await fixture.titles("цифровой") == ["ЦИФРОВОЙ ГИД"])
        #expect(try await fixture.titles("цифров") == ["ЦИФРОВОЙ ГИД"], "a word matches as a prefix")
        #expect(try await fixture.titles("FARMERS") == ["Agro map"])
        #expect(try await fixture.titles("гид аудиогид город") == ["ЦИФРОВОЙ ГИД"], "every word must match")
        #expect(try await fixture.titles("гид ферма").isEmpty)
    }

    @Test func findsAWordInEveryCaseAndNumber() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Городская среда малых городов", "Сервис городам и жителям.")
        try await fixture.project("Гид по Глазову", "Аудиогид: экскурсии в Глазове.")
        for typed in ["город", "городской", "городов", "городах", "малых городах", "городам"] {
            #expect(try await fixture.titles(typed) == ["Городская среда малых городов"], "\(typed)")
        }
        for typed in ["ГИДА", "экскурсия"] {
            #expect(try await fixture.titles(typed) == ["Гид по Глазову"], "\(typed)")
        }
        for typed in ["Глазове", "Глазов"] {
            #expect(try await fixture.titles(typed) == ["Гид по Глазову", "Городская среда малых городов"],
                    "the title's match first, then the other project located in Глазов: \(typed)")
        }
        #expect(try await fixture.titles("деревня").isEmpty)
        let sarapul = try await fixture.project("Речной трамвай", "Маршрут по Каме.", city: fixture.sarapul)
        #expect(try await fixture.titles("Сарапул") == [sarapul.title], "a town's name finds the projects located there")
        #expect(try await fixture.titles("трамвай в Сарапуле") == [sarapul.title])
    }

    @Test func findsEnglishWordsInTheirOtherForms() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Adopting smart bus stops", "Happy commuters in small cities.")
        for typed in ["adopted", "adoption", "adopts", "happy", "commuter", "smart stop"] {
            #expect(try await fixture.titles(typed) == ["Adopting smart bus stops"], "\(typed)")
        }
        #expect(SearchQuery.prefix(of: "happy") == "happ" && SearchQuery.prefix(of: "adopted") == "adopt")
        #expect(try #require(try SearchQuery("Cities")).matches("Small cities of Udmurtia"))
    }

    @Test func aSearchThatFindsNothingIsCorrectedToTheNearestIndexedWords() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Гид по Глазову", "Аудиогид: экскурсии и туризм.")
        let spelling = fixture.test.node.spelling
        func corrected(_ typed: String) async throws -> [String]? {
            try await spelling.correction(of: try #require(try SearchQuery(typed)))?.query.words
        }
        #expect(try await corrected("глазву") == ["глазову"])
        #expect(try await corrected("турзм гид") == ["туризм", "гид"], "a known word stays as typed")
        #expect(try await corrected("экскрусии") == ["экскурсии"], "two letters swapped")
        #expect(try await corrected("экскурсей") == nil, "its stem finds «экскурсии» already")
        #expect(try await corrected("гид") == nil, "nothing to correct")
        #expect(try await corrected("космодром") == nil, "nothing near enough")
        let typo = try #require(try SearchQuery("турзм"))
        let correction = try #require(try await spelling.correction(of: typo))
        #expect(correction.replacements == [.init(typed: "турзм", corrected: "туризм")])
        #expect(try await fixture.titles(correction.query.words.joined(separator: " ")) == ["Гид по Глазову"])
        #expect(Spelling.editDistance(Array("глазов".unicodeScalars), Array("гланзов".unicodeScalars), atMost: 2) == 1)
        #expect(Spelling.editDistance(Array("турзим".unicodeScalars), Array("туризм".unicodeScalars), atMost: 1) == 1, "a swap is one edit")
        #expect(Spelling.editDistance(Array("абв".unicodeScalars), Array("где".unicodeScalars), atMost: 2) == nil)
    }

    @Test func ranksTitleMatchesAboveSummaryMatches() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Школа ремёсел", "Мастерские для подростков; туристы покупают сувениры.")
        try await fixture.project("Сувениры Глазова", "Интернет-магазин.")
        #expect(try await fixture.titles("сувениры") == ["Сувениры Глазова", "Школа ремёсел"])
    }

    @Test func typedQuerySyntaxIsOnlyASeparator() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Гид", "Аудиогид.")
        for text in ["\"гид", "гид*", "title:гид", "гид NEAR(аудиогид)", "(гид) OR x", "гид -x"] {
            _ = try await fixture.titles(text)
        }
        #expect(try await fixture.titles("title:гид") == [], "title and гид must both match")
        #expect(try await fixture.titles("«гид»") == ["Гид"])
        #expect(try SearchQuery(" ,.;! ") == nil)
        #expect(try SearchQuery("и в на") != nil, "a query of stop words alone still searches")
        #expect(try SearchQuery("гид и музей")?.words == ["гид", "музей"])
        #expect(throws: RegistryValidationError(field: "q", rule: .tooLong(maximumCharacters: 200))) {
            try SearchQuery(String(repeating: "а", count: 201))
        }
        #expect(throws: RegistryValidationError(field: "q", rule: .tooMany(maximum: 12))) {
            try SearchQuery((1...13).map { "слово\($0)" }.joined(separator: " "))
        }
    }

    @Test func filtersNarrowASearch() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        try await fixture.project("Гид по Глазову", "Аудиогид.")
        let sarapul = try await fixture.project("Гид по Сарапулу", "Аудиогид.", direction: "культура", city: fixture.sarapul)
        _ = try await fixture.test.node.projects.moveStage(of: sarapul.id, to: .selected)
        #expect(try await fixture.titles("гид", filter: ProjectFilter(cityID: fixture.sarapul.id)) == ["Гид по Сарапулу"])
        #expect(try await fixture.titles("гид", filter: ProjectFilter(direction: "Культура")) == ["Гид по Сарапулу"])
        #expect(try await fixture.titles("гид", filter: ProjectFilter(stage: .idea)) == ["Гид по Глазову"])
        let other = try await Fixture.admitted("Борис", in: fixture.test)
        #expect(try await fixture.titles("гид", filter: ProjectFilter(memberID: other.id)).isEmpty)
        _ = try await fixture.test.node.projects.setTeam([TeamMember(memberID: fixture.lead.id, role: .lead),
                                                         TeamMember(memberID: other.id, role: .mentor)], of: sarapul.id)
        #expect(try await fixture.titles("гид", filter: ProjectFilter(memberID: other.id)) == ["Гид по Сарапулу"])
    }

    @Test func theIndexFollowsEditsAndErasure() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let project = try await fixture.project("Гид", "Аудиогид.")
        _ = try await fixture.test.node.projects.edit(project.id, ProjectChanges(title: "Карта", summary: nil, direction: nil))
        #expect(try await fixture.titles("гид").isEmpty, "the old title is gone from the index")
        #expect(try await fixture.titles("карта аудиогид") == ["Карта"])

        let profiles = fixture.test.node.profiles
        let mentor = try await Fixture.admitted("Мария", in: fixture.test)
        _ = try await profiles.setMentorProfile(of: mentor.id, competencies: ["Маркетинг", "UX-дизайн"], weeklyHours: 4,
                                                cityIDs: [fixture.glazov.id])
        let found = try await profiles.mentorProfiles(matching: try SearchQuery("дизайн"), page: PageRequest())
        #expect(found.items.map(\.memberID) == [mentor.id])
        #expect(try await profiles.mentorProfiles(MentorFilter(competency: " маркетинг"), page: PageRequest()).items.count == 1)
        #expect(try await profiles.mentorProfiles(MentorFilter(cityID: fixture.sarapul.id), page: PageRequest()).items.isEmpty)
        _ = try await fixture.test.node.members.erase(mentor.id)
        #expect(try await profiles.mentorProfiles(matching: try SearchQuery("дизайн"), page: PageRequest()).items.isEmpty)
        #expect(try fixture.test.column("count", "SELECT count(*) AS count FROM mentor_profile_search") == ["0"])
    }

    @Test func pagesResumeAfterTheirCursorWithoutRepeatsOrGaps() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        var created: [String] = []
        for index in 0..<23 {
            fixture.test.clock.advance(.seconds(index % 3 == 0 ? 1 : 0))
            let title = index.isMultiple(of: 4) ? "Гиды \(index)" : "Проект \(index)"
            created.append(try await fixture.project(title, index.isMultiple(of: 2) ? "Туризм и гиды." : "Гиды.").title)
        }
        for query in [nil, try SearchQuery("гиды")] {
            var seen: [Project] = []
            var page = try PageRequest(limit: 5)
            while true {
                let found = try await fixture.test.node.projects.projects(ProjectFilter(), matching: query, page: page)
                #expect(found.items.count <= 5)
                seen += found.items
                guard let next = found.next else { break }
                page = try PageRequest(limit: 5, after: next)
            }
            #expect(seen.count == 23 && Set(seen.map(\.title)) == Set(created))
            if query != nil {
                let titled = seen.prefix { $0.title.hasPrefix("Гиды") }
                #expect(titled.count == 6 && zip(titled, titled.dropFirst()).allSatisfy { $0.createdAt >= $1.createdAt },
                        "title matches first, newest first")
            }
            if query == nil {
                #expect(zip(seen, seen.dropFirst()).allSatisfy { ($0.createdAt.rfc3339, $0.id.rawValue) < ($1.createdAt.rfc3339, $1.id.rawValue) },
                        "oldest first without a query, ties by id")
            }
        }
        let plain = try await fixture.test.node.projects.projects(ProjectFilter(), matching: nil, page: PageRequest(limit: 5))
        await #expect(throws: RegistryValidationError(field: "cursor", rule: .unknownCursor)) {
            try await fixture.test.node.projects.projects(ProjectFilter(), matching: try SearchQuery("гиды"),
                                                          page: PageRequest(limit: 5, after: plain.next))
        }
        await #expect(throws: RegistryValidationError(field: "cursor", rule: .unknownCursor)) {
            try await fixture.test.node.projects.projects(ProjectFilter(), matching: nil,
                                                          page: PageRequest(after: PageCursor(rawValue: "natural")))
        }
        #expect(throws: RegistryValidationError(field: "limit", rule: .notInRange(minimum: 1, maximum: 200, unit: .number))) {
            try PageRequest(limit: 201)
        }
    }

    @Test func searchesIPAssetsPracticesAndInvestorsWithTheirFilters() async throws {
        let fixture = try await Fixture.make()
        defer { fixture.test.remove() }
        let node = fixture.test.node
        _ = try await node.ipAssets.deposit(IPDeposit(kind: .software, title: "Платформа бронирования", description: "Ёмкое API.",
                                                      contentSHA256: SHA256.hash(Array("a".utf8)),
                                                      holders: [IPHolding(memberID: fixture.lead.id, units: .whole)]),
                                          by: fixture.lead.id)
        _ = try await node.ipAssets.deposit(IPDeposit(kind: .trademark, title: "Знак «Глазов»",
                                                      contentSHA256: SHA256.hash(Array("b".utf8)),
                                                      holders: [IPHolding(memberID: fixture.lead.id, units: .whole)]),
                                          by: fixture.lead.id)
        #expect(try await node.ipAssets.assets(matching: try SearchQuery("емкое"), page: PageRequest()).items.map(\.title)
            == ["Платформа бронирования"])
        #expect(try await node.ipAssets.assets(kind: .trademark, page: PageRequest()).items.map(\.title) == ["Знак «Глазов»"])
        #expect(try await node.ipAssets.assets(kind: .trademark, matching: try SearchQuery("платформа"), page: PageRequest())
            .items.isEmpty)

        let day = try #require(CalendarDate(rfc3339: "2026-05-01"))
        _ = try await node.practices.report(PracticeReport(title: "Городской хакатон", summary: "Школьники и ИТ.",
                                                           cityID: fixture.glazov.id, results: "12 команд.", reportedOn: day))
        _ = try await node.practices.report(PracticeReport(title: "Ярмарка ремёсел", summary: "Мастера со всей округи.",
                                                           cityID: fixture.sarapul.id, results: "Хакатон мастеров.", reportedOn: day))
        #expect(try await node.practices.practices(matching: try SearchQuery("хакатон"), page: PageRequest()).items.map(\.title)
            == ["Городской хакатон", "Ярмарка ремёсел"])
        #expect(try await node.practices.practices(cityID: fixture.sarapul.id, matching: try SearchQuery("хакатон"),
                                                   page: PageRequest()).items.map(\.title) == ["Ярмарка ремёсел"])

        let angel = try await Fixture.admitted("Инвестор", in: fixture.test)
        let fund = try await Fixture.admitted("Фонд", in: fixture.test)
        _ = try await node.profiles.setInvestorProfile(of: angel.id, kind: .businessAngel,
                                                       ticket: try TicketRange(minimumKopecks: 10_000_00, maximumKopecks: 500_000_00),
                                                       directions: ["Туризм", "ремёсла"])
        _ = try await node.profiles.setInvestorProfile(of: fund.id, kind: .fund,
                                                       ticket: try TicketRange(minimumKopecks: 1_000_000_00, maximumKopecks: 50_000_000_00),
                                                       directions: ["агротех"])
        let investors = node.profiles
        #expect(try await investors.investorProfiles(matching: try SearchQuery("ремесла"), page: PageRequest()).items.map(\.memberID)
            == [angel.id])
        #expect(try await investors.investorProfiles(InvestorFilter(direction: "ТУРИЗМ"), page: PageRequest()).items.map(\.memberID)
            == [angel.id])
        #expect(try await investors.investorProfiles(InvestorFilter(ticketKopecks: 2_000_000_00), page: PageRequest())
            .items.map(\.memberID) == [fund.id])
        #expect(try await investors.investorProfiles(InvestorFilter(kind: .fund), page: PageRequest()).items.map(\.memberID)
            == [fund.id])
        _ = try await node.members.setStatus(.suspended, of: fund.id)
        #expect(try await investors.investorProfiles(page: PageRequest()).items.map(\.memberID) == [angel.id],
                "only admitted members' profiles are listed")
    }
}
