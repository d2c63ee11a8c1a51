import Ledger
import Testing

@testable import Registry

/// What an applicant says beyond its name: a mentor's competencies and hours and an
/// investor's ticket are required with those roles, kept off the ledger, and a mentor's
/// offer becomes its mentor profile on admission.
@Suite struct ApplicationDetailsTests {
    @Test func theRolesAskedForNeedTheirOffers() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        func application(_ roles: Set<MemberRole>, _ details: ApplicationDetails) -> MemberApplication {
            MemberApplication(kind: .person, name: "Вера", cityID: town.id, roles: roles, details: details)
        }
        await #expect(throws: RegistryValidationError(field: "competencies", rule: .empty)) {
            _ = try await test.node.members.apply(application([.mentor], ApplicationDetails(weeklyHours: 4)))
        }
        await #expect(throws: RegistryValidationError(field: "weekly_hours", rule: .notInRange(minimum: 1, maximum: 60, unit: .hours))) {
            _ = try await test.node.members.apply(application([.mentor], ApplicationDetails(competencies: ["финансы"], weeklyHours: 61)))
        }
        await #expect(throws: RegistryValidationError(field: "ticket_min_kopecks", rule: .empty)) {
            _ = try await test.node.members.apply(application([.investor], ApplicationDetails()))
        }
        #expect(try await test.node.members.all(status: .applied).isEmpty, "a refused application writes nothing")
        let resident = try await test.node.members.apply(application([.resident], ApplicationDetails(competencies: ["финансы"], weeklyHours: 4)))
        #expect(try await test.node.members.applicationDetails(of: resident.id) == nil, "offers of roles not asked for are not kept")
    }

    @Test func aMentorsOfferBecomesItsProfileOnAdmissionAndNothingOfItEntersTheLedger() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let ticket = try TicketRange(minimumKopecks: 5_000_000, maximumKopecks: 50_000_000)
        let applied = try await test.node.members.apply(MemberApplication(
            kind: .person, name: "Вера", cityID: town.id, roles: [.mentor, .investor],
            details: ApplicationDetails(motivation: "  Хочу помогать проектам родного города  ", competencies: ["Финансы", "маркетинг", "финансы"],
                                        weeklyHours: 6, ticket: ticket)))
        let details = try #require(try await test.node.members.applicationDetails(of: applied.id))
        #expect(details == ApplicationDetails(motivation: "Хочу помогать проектам родного города", competencies: ["маркетинг", "финансы"],
                                              weeklyHours: 6, ticket: ticket))
        #expect(try await test.node.profiles.mentorProfile(of: applied.id) == nil)
        _ = try await test.node.members.setStatus(.admitted, of: applied.id)
        let profile = try #require(try await test.node.profiles.mentorProfile(of: applied.id))
        #expect(profile.competencies == ["маркетинг", "финансы"] && profile.weeklyHours == 6 && profile.cityIDs == [town.id])
        let ledger = try await test.node.ledger.entries(from: 0, limit: 1_000).map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined()
        #expect(!ledger.contains("родного города") && !ledger.contains("маркетинг") && !ledger.contains("5000000"))
        _ = try await test.node.members.erase(applied.id)
        #expect(try await test.node.members.applicationDetails(of: applied.id) == nil)
    }
}
