import Ledger
@testable import Registry

/// A node with one project led by an admitted member, for cap table tests.
struct CapTableProject {
    let test: TestNode
    let project: ProjectID
    let lead: Member

    var capTables: CapTables { test.node.capTables }

    static func make() async throws -> CapTableProject {
        let test = try await TestNode.make()
        let city = try await test.node.cities.register(name: "Глазов", region: "Удмуртия", population: 90_000)
        let lead = try await admitted("Анна Ёлкина", in: test)
        let project = try await test.node.projects.create(
            ProjectDraft(title: "Умная остановка", summary: "Табло для автобусов", direction: "транспорт", cityID: city.id),
            lead: lead.id)
        return CapTableProject(test: test, project: project.id, lead: lead)
    }

    static func admitted(_ name: String, in test: TestNode) async throws -> Member {
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
        return try await test.node.members.setStatus(.admitted, of: member.id)
    }

    /// The project's events as the ledger holds them, read back from its entries.
    func eventsFromLedger() async throws -> [CapTableEvent] {
        let recorded = try await capTables.events(of: project)
        var events: [CapTableEvent] = []
        for seq in recorded.map(\.ledgerSeq) {
            let entry = try await test.node.ledger.entry(seq).entry
            events.append(try CapTableEvent(payload: .object(entry.payload)))
        }
        return events
    }

    func remove() { test.remove() }
}
