import Ledger
import Testing

@testable import Registry

/// Cap tables on the ledger: each event a `cap.*` entry committed with its row, the table
/// the replay of what is stored, and a refused event leaving no trace.
@Suite struct CapTablesTests {
    private typealias S = CapTableScenario

    private func seed(_ fixture: CapTableProject, holder: StakeholderID) async throws {
        for event in [S.createCommon(), S.issue("ev_issue", to: holder, 600_000),
                      S.grant("ev_union", to: "union", 100_000, vesting: S.fourYears(), union: true)] {
            _ = try await fixture.capTables.record(event, in: fixture.project)
        }
    }

    @Test func eachEventIsALedgerEntryAndTheLedgerReplaysToTheSameTable() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        let holder = StakeholderID(fixture.lead.id.rawValue)
        try await seed(fixture, holder: holder)
        let exercised = try await fixture.capTables.record(S.exercise("ev_ex", "ev_union", 25_000, on: S.day(2027, 2, 1)),
                                                           in: fixture.project)

        let entry = try await fixture.test.node.ledger.entry(exercised.ledgerSeq).entry
        #expect(entry.kind == "cap.exercise")
        #expect(entry.payload["project_id"] == .string(fixture.project.rawValue))
        #expect(entry.payload["grant"] == "ev_union" && entry.payload["units"] == .integer(25_000))
        let kinds = try await fixture.capTables.events(of: fixture.project).map(\.event.entryKind.name)
        #expect(kinds == ["cap.share_class", "cap.issue", "cap.grant", "cap.exercise"])

        let fromTable = try await fixture.capTables.table(of: fixture.project)
        #expect(try CapTable.replay(try await fixture.eventsFromLedger()) == fromTable)
        #expect(fromTable.units(of: "union", in: "common") == 25_000)
        #expect(fromTable.units(of: holder, in: "common") == 600_000)
        #expect(try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath).entries > 5)
    }

    @Test func aRefusedEventWritesNothing() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        try await seed(fixture, holder: "holder")
        let size = await fixture.test.node.ledger.size
        let rows = try fixture.test.column("event_id", "SELECT event_id FROM cap_table_event")

        await #expect(throws: CapTableError.insufficientVestedUnits(grant: "ev_union", requested: 1, vested: 0,
                                                                    alreadyExercised: 0)) {
            try await fixture.capTables.record(S.exercise("ev_early", "ev_union", 1, on: S.day(2026, 6, 1)), in: fixture.project)
        }
        await #expect(throws: CapTableError.exceedsAuthorised(shareClass: "common", authorised: 2_000_000, issued: 600_000,
                                                              reserved: 100_000, requested: 1_300_001)) {
            try await fixture.capTables.record(S.issue("ev_big", to: "holder", 1_300_001, on: S.day(2026, 3, 1)), in: fixture.project)
        }
        await #expect(throws: CapTableError.unknownGrant("ev_nope")) {
            try await fixture.capTables.record(S.exercise("ev_x", "ev_nope", 1, on: S.day(2027, 1, 1)), in: fixture.project)
        }
        await #expect(throws: CapTableError.duplicateEventID("ev_issue")) {
            try await fixture.capTables.record(S.issue("ev_issue", to: "holder", 1), in: fixture.project)
        }
        #expect(await fixture.test.node.ledger.size == size)
        #expect(try fixture.test.column("event_id", "SELECT event_id FROM cap_table_event") == rows)
    }

    @Test func transfersAndAttestationsNeedTheirSignersSignature() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        try await seed(fixture, holder: "holder")
        let size = await fixture.test.node.ledger.size
        await #expect(throws: CapTableSigningError.signatureRequired(event: "ev_t", signer: "holder")) {
            try await fixture.capTables.record(S.transfer("ev_t", from: "holder", to: "other", 10), in: fixture.project)
        }
        await #expect(throws: CapTableSigningError.signatureRequired(event: "ev_a", signer: "mentor")) {
            try await fixture.capTables.record(S.attest("ev_a", "ev_union", "mvp", by: "mentor", on: S.day(2026, 4, 1)),
                                               in: fixture.project)
        }
        #expect(await fixture.test.node.ledger.size == size)
    }

    @Test func eventsOfAnUnknownProjectAreRefused() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        let unknown = ProjectID(unchecked: "prj_" + String(repeating: "0", count: 32))
        await #expect(throws: RegistryNotFound.self) { try await fixture.capTables.record(S.createCommon(), in: unknown) }
        await #expect(throws: RegistryNotFound.self) { try await fixture.capTables.setVisibility(.full, of: unknown) }
    }

    @Test func visibilityDefaultsToSummaryAndSurvivesARestart() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        #expect(try await fixture.capTables.visibility(of: fixture.project) == .summary)
        try await fixture.capTables.setVisibility(.holders, of: fixture.project)
        try await fixture.capTables.setVisibility(.full, of: fixture.project)
        let reopened = try await fixture.test.reopened()
        #expect(try await reopened.node.capTables.visibility(of: fixture.project) == .full)
        #expect(CapTableVisibility.summary < .holders && CapTableVisibility.holders < .full)
    }
}
