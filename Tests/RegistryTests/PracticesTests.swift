import Foundation
import Ledger
import Testing

@testable import Registry

/// The knowledge base: practices reported by one town and adopted by others.
@Suite struct PracticesTests {
    @Test func otherTownsAdoptAPracticeOnceEach() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let sarapul = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let day = try #require(CalendarDate(rfc3339: "2026-03-15"))
        let practice = try await test.node.practices.report(PracticeReport(
            title: "Атлас счастья за две недели", summary: "Опрос жителей через школы", cityID: glazov.id,
            results: "3 000 ответов", reportedOn: day))
        #expect(practice.reportedOn.description == "2026-03-15")
        await #expect(throws: TownConflict.self) { try await test.node.practices.adopt(practice.id, in: glazov.id) }
        let adoption = try await test.node.practices.adopt(practice.id, in: sarapul.id)
        await #expect(throws: TownConflict.self) { try await test.node.practices.adopt(practice.id, in: sarapul.id) }
        #expect(try await test.node.practices.practice(id: practice.id)?.adoptions == [adoption])

        let entries = try await test.node.ledger.entries(from: 0, limit: 10_000)
        let adopt = try #require(entries.first { $0.entry.kind.name == "practice.adopt" })
        #expect(adopt.entry.payload == ["practice_id": .string(practice.id.rawValue), "city_id": .string(sarapul.id.rawValue)])
        let text = entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined()
        #expect(!text.contains("Атлас") && !text.contains("ответов"))
    }

    @Test func refusesEmptyTextsUnknownTownsAndImpossibleDays() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let day = try #require(CalendarDate(rfc3339: "2026-03-15"))
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await test.node.practices.report(PracticeReport(
                title: "T", summary: "S", cityID: CityID(unchecked: "cty_" + String(repeating: "0", count: 32)), results: "R",
                reportedOn: day))
        }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        await #expect(throws: RegistryValidationError(field: "results", rule: .empty)) {
            try await test.node.practices.report(PracticeReport(title: "T", summary: "S", cityID: city.id, results: " ", reportedOn: day))
        }
        for text in ["2026-02-29", "2026-13-01", "26-01-01", "2026-1-01", "2024-02-30"] {
            #expect(CalendarDate(rfc3339: text) == nil, "\(text)")
        }
        #expect(CalendarDate(rfc3339: "2024-02-29")?.description == "2024-02-29")
        #expect(try await test.node.practices.practices(page: PageRequest()).items.isEmpty)
    }
}
