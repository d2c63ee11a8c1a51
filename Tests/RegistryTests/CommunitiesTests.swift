import Foundation
import Ledger
import Testing

@testable import Registry

/// Communities: creation, admitted members only, and membership changes in the ledger
/// by id alone.
@Suite struct CommunitiesTests {
    @Test func keepsMembershipAndRecordsItInTheLedgerByIdOnly() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let glazov = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let community = try await test.node.communities.create(kind: .city, name: "Молодёжь Глазова", cityID: glazov.id)
        await #expect(throws: TownConflict.self) {
            try await test.node.communities.create(kind: .city, name: "Молодёжь Глазова", cityID: glazov.id)
        }
        let anna = try await test.node.members.apply(MemberApplication(kind: .person, name: "Анна Ёлкина"))
        await #expect(throws: MembershipConflict.self) { try await test.node.communities.add(anna.id, to: community.id) }
        _ = try await test.node.members.setStatus(.admitted, of: anna.id)
        #expect(try await test.node.communities.add(anna.id, to: community.id).memberIDs == [anna.id])
        #expect(try await test.node.communities.add(anna.id, to: community.id).memberIDs == [anna.id])
        #expect(try await test.node.communities.remove(anna.id, from: community.id).memberIDs.isEmpty)
        await #expect(throws: RegistryNotFound.self) { try await test.node.communities.remove(anna.id, from: community.id) }

        let entries = try await test.node.ledger.entries(from: 0, limit: 1000)
        let text = entries.map { String(decoding: $0.canonicalBytes, as: UTF8.self) }.joined(separator: "\n")
        #expect(text.components(separatedBy: #""kind":"community.member""#).count == 3)
        #expect(!text.contains("Ёлкина") && !text.contains("Молодёжь"))
    }

    @Test func refusesUnknownCitiesAndEmptyNames() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        await #expect(throws: RegistryValidationError(field: "name", rule: .empty)) {
            try await test.node.communities.create(kind: .business, name: " ", cityID: nil)
        }
        let unknown = try CityID.generate()
        await #expect(throws: RegistryValidationError(field: "city_id", rule: .notFound(.city))) {
            try await test.node.communities.create(kind: .professional, name: "IT", cityID: unknown)
        }
        let community = try await test.node.communities.create(kind: .professional, name: "IT", cityID: nil)
        #expect(try await test.node.communities.all() == [community])
    }
}
