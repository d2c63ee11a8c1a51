import Foundation
import Ledger
import Testing

@testable import Registry

/// An idea started with its text deposited is one step: both entries or neither.
@Suite struct ProjectIdeaDepositTests {
    @Test func startsTheProjectAndDepositsItsHashOrDoesNeither() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let town = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: nil)
        let lead = try await CapTableProject.admitted("Анна Ёлкина", in: test)
        let hash = SHA256.hash(Array("текст идеи".utf8))
        let draft = ProjectDraft(title: "Гид", summary: "Аудиогид.", direction: "туризм", cityID: town.id)
        let (project, asset) = try await test.node.projects.create(draft, lead: lead.id, depositing: hash)
        let deposited = try #require(asset)
        #expect(project.lead == lead.id && deposited.kind == .idea && deposited.title == "Гид" && deposited.contentSHA256 == hash)
        #expect(deposited.holders == [IPHolding(memberID: lead.id, units: .whole)])
        let kinds = try test.column("kind", "SELECT kind FROM ledger_entry ORDER BY seq DESC LIMIT 2")
        #expect(Set(kinds) == ["project.create", "ip.deposit"])

        let before = try test.column("count", "SELECT count(*) AS count FROM project")
        await #expect(throws: IPAssetAlreadyDeposited.self) {
            _ = try await test.node.projects.create(draft, lead: lead.id, depositing: hash)
        }
        #expect(try test.column("count", "SELECT count(*) AS count FROM project") == before, "a refused deposit leaves no project behind")
        let (plain, none) = try await test.node.projects.create(draft, lead: lead.id, depositing: nil)
        #expect(none == nil && plain.title == "Гид")
    }
}
