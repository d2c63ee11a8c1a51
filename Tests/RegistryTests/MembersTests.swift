import Foundation
import Ledger
import Testing

@testable import Registry

/// Cities and members: registration, the membership state machine, roles, erasure, and
/// that the ledger names members by id alone.
@Suite struct MembersTests {
    private func ledgerText(_ test: TestNode) async throws -> String {
        let entries = try await test.node.ledger.entries(from: 0, limit: 10_000)
        return entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined(separator: "\n")
    }

    @Test func registersCitiesOnceAndInTheLedger() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        #expect(try await test.node.cities.city(id: glazov.id) == glazov)
        await #expect(throws: TownConflict.self) {
            try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        }
        await #expect(throws: RegistryValidationError(field: "name", rule: .empty)) {
            try await test.node.cities.register(name: "  ", region: "Удмуртия", population: nil)
        }
        let ledger = try await ledgerText(test)
        #expect(ledger.contains(#""kind":"city.register""#) && ledger.contains(glazov.id.rawValue))
    }

    @Test func readsTheMembersAndTownsAPageNamesAtOnce() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        let anna = try await test.node.members.apply(MemberApplication(kind: .person, name: "Анна", cityID: glazov.id))
        let boris = try await test.node.members.setRoles([.mentor], of: try await test.node.members.apply(
            MemberApplication(kind: .person, name: "Борис")).id)
        let unknown = try #require(MemberID(rawValue: MemberID.prefix + String(repeating: "0", count: 32)))
        let members = try await test.node.members.members(ids: [anna.id, boris.id, anna.id, unknown])
        #expect(members == [anna.id: anna, boris.id: boris])
        #expect(try await test.node.members.members(ids: []).isEmpty)
        let towns = try await test.node.cities.cities(ids: [glazov.id, try #require(CityID(rawValue: CityID.prefix + String(repeating: "0", count: 32)))])
        #expect(towns == [glazov.id: glazov])
    }

    @Test func movesOnlyAlongTheMembershipStateMachine() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: "Анна Ёлкина"))
        #expect(member.status == .applied)
        #expect(try await test.node.members.setStatus(.admitted, of: member.id).status == .admitted)
        #expect(try await test.node.members.setStatus(.suspended, of: member.id).status == .suspended)
        #expect(try await test.node.members.setStatus(.admitted, of: member.id).status == .admitted)
        #expect(try await test.node.members.setStatus(.left, of: member.id).status == .left)
        for next in MembershipStatus.allCases {
            await #expect(throws: MembershipConflict.self) { try await test.node.members.setStatus(next, of: member.id) }
        }
        let other = try await test.node.members.apply(MemberApplication(kind: .person, name: "Борис"))
        await #expect(throws: MembershipConflict.self) { try await test.node.members.setStatus(.suspended, of: other.id) }
        for status in MembershipStatus.allCases {
            for next in MembershipStatus.allCases {
                let legal: Set<String> = ["applied>admitted", "applied>left", "admitted>suspended", "admitted>left",
                                          "suspended>admitted", "suspended>left"]
                #expect(status.canMove(to: next) == legal.contains("\(status.rawValue)>\(next.rawValue)"))
            }
        }
    }

    @Test func checksFieldsAndCity() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        await #expect(throws: RegistryValidationError(field: "email", rule: .notAnEmailAddress)) {
            try await test.node.members.apply(MemberApplication(kind: .person, name: "X", email: "not-an-email"))
        }
        await #expect(throws: RegistryValidationError.self) {
            try await test.node.members.apply(MemberApplication(kind: .person, name: "X", phone: "call me"))
        }
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await test.node.members.apply(MemberApplication(kind: .person, name: "X", cityID: CityID(unchecked: "cty_" + String(repeating: "0", count: 32))))
        }
        #expect(try await test.node.members.all().isEmpty, "refused applications write nothing")
    }

    @Test func erasureRemovesPersonalDataThatTheLedgerNeverHeld() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let city = try await test.node.cities.register(name: "Сарапул", region: "Удмуртия", population: nil)
        let member = try await test.node.members.apply(MemberApplication(
            kind: .person, name: "Евгения Щукина", email: "evgenia.shchukina@example.org", phone: "+7 912 555-01-23",
            cityID: city.id, roles: [.resident, .entrepreneur]))
        _ = try await test.node.members.setStatus(.admitted, of: member.id)
        _ = try await test.node.members.setRoles([.resident, .mentor], of: member.id)
        let ledgerBefore = try await ledgerText(test)
        for personal in ["Евгения", "Щукина", "evgenia.shchukina", "555-01-23"] {
            #expect(!ledgerBefore.contains(personal), "the ledger must never hold \(personal)")
        }
        #expect(ledgerBefore.contains(member.id.rawValue))

        let erased = try await test.node.members.erase(member.id)
        #expect(erased.isErased && erased.name == nil && erased.email == nil && erased.phone == nil)
        #expect(erased.status == .admitted && erased.roles == [.resident, .mentor] && erased.cityID == city.id)
        #expect(try await test.node.members.member(id: member.id) == erased)
        #expect(try await ledgerText(test).contains(#""kind":"member.erase""#))
        let report = try LedgerVerifier.verifyDatabase(at: test.databasePath)
        #expect(report.entries > 4)
    }
}
