import Foundation
import Ledger
import Testing

@testable import Registry

/// A town's mapping-stage profile: directions, audit results and happiness indicators
/// as series in date order.
@Suite struct CityProfilesTests {
    private func day(_ text: String) throws -> CalendarDate {
        try #require(CalendarDate(rfc3339: text))
    }

    @Test func keepsIndicatorSeriesInDateOrder() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil).id
        let profiles = test.node.cityProfiles
        #expect(try await profiles.profile(of: city).directions.isEmpty)
        _ = try await profiles.setDirections(["Tourism", "AgriTech"], of: city)
        #expect(try await profiles.profile(of: city).directions == ["agritech", "tourism"])

        _ = try await profiles.recordFigure(of: city, indicator: .youngReturning, value: 40, measuredOn: try day("2025-12-31"))
        _ = try await profiles.recordFigure(of: city, indicator: .youngReturning, value: 25, measuredOn: try day("2024-12-31"))
        _ = try await profiles.recordFigure(of: city, indicator: .incomeGrowth, value: -15, measuredOn: try day("2025-12-31"))
        let series = try await profiles.indicators(of: city)
        #expect(series[.youngReturning]?.map(\.value) == [25, 40])
        #expect(series[.incomeGrowth]?.map(\.value) == [-15])
        await #expect(throws: TownConflict.self) {
            try await profiles.recordFigure(of: city, indicator: .youngReturning, value: 1, measuredOn: try day("2025-12-31"))
        }

        _ = try await profiles.recordAudit(of: city, area: "connectivity", score: 70, auditedOn: try day("2026-01-15"))
        _ = try await profiles.recordAudit(of: city, area: "e-government", score: 35, auditedOn: try day("2025-06-01"))
        #expect(try await profiles.audits(of: city).map(\.area) == ["e-government", "connectivity"])
    }

    @Test func refusesValuesOutsideEachIndicatorsRange() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil).id
        let profiles = test.node.cityProfiles
        let past = try day("2025-12-31")
        await #expect(throws: RegistryValidationError.self) {
            try await profiles.recordFigure(of: city, indicator: .leisureSpentInTownShare, value: 1001, measuredOn: past)
        }
        await #expect(throws: RegistryValidationError.self) {
            try await profiles.recordFigure(of: city, indicator: .residentsLeaving, value: -1, measuredOn: past)
        }
        await #expect(throws: RegistryValidationError.self) {
            try await profiles.recordFigure(of: city, indicator: .localInvestment, value: 1, measuredOn: try day("2026-03-02"))
        }
        for score in [-1, 101] {
            await #expect(throws: RegistryValidationError.self) {
                try await profiles.recordAudit(of: city, area: "connectivity", score: score, auditedOn: past)
            }
        }
        await #expect(throws: RegistryNotFound.self) { try await profiles.audits(of: try CityID.generate()) }
        #expect(try await profiles.definitions().count == 7)
    }

    @Test func staffDefineIndicatorsThatTakeFiguresLikeTheSeedsSeven() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let profiles = test.node.cityProfiles
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil).id
        let seeds = try await profiles.definitions()
        #expect(seeds.map(\.indicator) == [.incomeGrowth, .assetGrowth, .leisureSpentInTownShare, .residentsLeaving, .youngReturning,
                                           .localInvestment, .familyMicrobusinesses])
        #expect(seeds.first { $0.indicator == .residentsLeaving }?.direction == .lowerIsBetter)

        let draft = IndicatorDraft(code: "cafe_visits", name: "Посещения кафе", englishName: nil, unit: .count, direction: .higherIsBetter,
                                   minimum: 0, maximum: 1_000_000)
        let cafes = try await profiles.define(draft)
        #expect(cafes.position == 8 && cafes.validValues == 0...1_000_000)
        await #expect(throws: TownConflict.indicatorDefined(cafes.indicator)) { try await profiles.define(draft) }
        var computed = draft
        computed.code = "invested_in_projects"
        await #expect(throws: TownConflict.self, "a computed indicator's code") { try await profiles.define(computed) }
        var badCode = draft
        badCode.code = "Кафе"
        await #expect(throws: RegistryValidationError(field: "code", rule: .notACode(maximumCharacters: 40))) { try await profiles.define(badCode) }
        var upsideDown = draft
        upsideDown.code = "parks"
        upsideDown.minimum = 10
        upsideDown.maximum = 1
        await #expect(throws: RegistryValidationError(field: "maximum", rule: .belowMinimum)) { try await profiles.define(upsideDown) }

        let day = CalendarDate(test.clock.now)
        _ = try await profiles.recordFigure(of: city, indicator: cafes.indicator, value: 12_000, measuredOn: day)
        await #expect(throws: RegistryValidationError(field: "value", rule: .notInRange(minimum: 0, maximum: 1_000_000, unit: .number))) {
            try await profiles.recordFigure(of: city, indicator: cafes.indicator, value: 2_000_000, measuredOn: day.addingDays(-1))
        }
        await #expect(throws: RegistryValidationError(field: "indicator", rule: .chooseFromList)) {
            try await profiles.recordFigure(of: city, indicator: try #require(HappinessIndicator(rawValue: "parks")), value: 1, measuredOn: day)
        }
        #expect(try await profiles.indicators(of: city)[cafes.indicator]?.map(\.value) == [12_000])
        #expect(try await profiles.definitions().last == cafes)
    }
}
