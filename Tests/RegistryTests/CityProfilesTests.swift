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
        #expect(HappinessIndicator.allCases.count == 7)
    }
}
