import Foundation
import Ledger
import Testing

@testable import Registry

/// Mentor and investor profiles and facilitator records: the values they refuse, and
/// that they write nothing to the ledger.
@Suite struct ProfilesTests {
    @Test func savesAndReplacesProfilesWithoutLedgerEntries() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: "Вера"))
        let before = try await test.node.ledger.entries(from: 0, limit: 1000).count

        let mentor = try await test.node.profiles.setMentorProfile(
            of: member.id, competencies: ["IoT", "iot", " Marketing "], weeklyHours: 4, cityIDs: [glazov.id, glazov.id])
        #expect(mentor.competencies == ["iot", "marketing"] && mentor.cityIDs == [glazov.id])
        #expect(try await test.node.profiles.mentorProfile(of: member.id) == mentor)
        let changed = try await test.node.profiles.setMentorProfile(of: member.id, competencies: [], weeklyHours: 60, cityIDs: [])
        #expect(try await test.node.profiles.mentorProfile(of: member.id) == changed)

        let ticket = try TicketRange(minimumKopecks: 10_000_000, maximumKopecks: 500_000_000)
        let investor = try await test.node.profiles.setInvestorProfile(of: member.id, kind: .businessAngel, ticket: ticket,
                                                                       directions: ["Tourism"])
        #expect(try await test.node.profiles.investorProfile(of: member.id) == investor)
        let day = try #require(CalendarDate(rfc3339: "2026-02-20"))
        let record = try await test.node.profiles.setFacilitatorRecord(of: member.id, trainingCompletedOn: day)
        #expect(try await test.node.profiles.facilitatorRecord(of: member.id) == record)
        #expect(try await test.node.ledger.entries(from: 0, limit: 1000).count == before)
    }

    @Test func refusesOutOfRangeValues() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: "Вера"))
        for hours in [0, 61, -3] {
            await #expect(throws: RegistryValidationError.self) {
                try await test.node.profiles.setMentorProfile(of: member.id, competencies: [], weeklyHours: hours, cityIDs: [])
            }
        }
        let unknown = try CityID.generate()
        await #expect(throws: RegistryValidationError.self) {
            try await test.node.profiles.setMentorProfile(of: member.id, competencies: [], weeklyHours: 4, cityIDs: [unknown])
        }
        #expect(throws: RegistryValidationError(field: "ticket_max_kopecks", rule: .belowMinimum)) {
            try TicketRange(minimumKopecks: 2, maximumKopecks: 1)
        }
        #expect(throws: RegistryValidationError.self) { try TicketRange(minimumKopecks: -1, maximumKopecks: 1) }
        let future = try #require(CalendarDate(rfc3339: "2026-03-02"))
        await #expect(throws: RegistryValidationError.self) {
            try await test.node.profiles.setFacilitatorRecord(of: member.id, trainingCompletedOn: future)
        }
        await #expect(throws: RegistryNotFound.self) {
            try await test.node.profiles.setMentorProfile(of: try MemberID.generate(), competencies: [], weeklyHours: 4, cityIDs: [])
        }
    }

    @Test func erasingAMemberRemovesItsProfiles() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: "Вера"))
        _ = try await test.node.profiles.setMentorProfile(of: member.id, competencies: ["iot"], weeklyHours: 4, cityIDs: [])
        _ = try await test.node.profiles.setInvestorProfile(
            of: member.id, kind: .fund, ticket: try TicketRange(minimumKopecks: 1, maximumKopecks: 2), directions: [])
        _ = try await test.node.profiles.setFacilitatorRecord(of: member.id, trainingCompletedOn: try #require(CalendarDate(rfc3339: "2026-01-10")))
        _ = try await test.node.members.erase(member.id)
        #expect(try await test.node.profiles.mentorProfile(of: member.id) == nil)
        #expect(try await test.node.profiles.investorProfile(of: member.id) == nil)
        #expect(try await test.node.profiles.facilitatorRecord(of: member.id) == nil)
        await #expect(throws: MembershipConflict.self) {
            try await test.node.profiles.setMentorProfile(of: member.id, competencies: [], weeklyHours: 4, cityIDs: [])
        }
    }
}
