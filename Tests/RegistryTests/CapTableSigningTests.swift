import Ledger
import Testing

@testable import Registry

/// Transfers and attestations on the ledger carry their member's own signature: made by
/// the node with a custodial key or by the member's own key, checked before anything is
/// written, and checked again by anyone who verifies the ledger.
@Suite struct CapTableSigningTests {
    private typealias S = CapTableScenario

    private struct Parties {
        let seller: Member
        let buyer: Member
        let mentor: Member
    }

    private func parties(_ fixture: CapTableProject) async throws -> Parties {
        let parties = Parties(seller: fixture.lead, buyer: try await CapTableProject.admitted("Борис", in: fixture.test),
                              mentor: try await CapTableProject.admitted("Вера", in: fixture.test))
        let milestones = VestingSchedule.milestones([MilestoneTranche(milestone: "mvp", units: 50_000,
                                                                      attesters: [StakeholderID(parties.mentor.id.rawValue)])])
        for event in [S.createCommon(), S.issue("ev_issue", to: StakeholderID(parties.seller.id.rawValue), 600_000),
                      S.grant("ev_union", to: "union", 50_000, vesting: milestones, union: true)] {
            _ = try await fixture.capTables.record(event, in: fixture.project)
        }
        return parties
    }

    private func transfer(_ id: CapTableEventID, _ parties: Parties, _ units: ShareCount, key: KeyID) -> CapTableEvent {
        .transferShares(ShareTransfer(id: id, date: S.day(2026, 3, 1), from: StakeholderID(parties.seller.id.rawValue),
                                      to: StakeholderID(parties.buyer.id.rawValue), shareClass: "common", units: units,
                                      signedBy: key))
    }

    @Test func aCustodialKeySignsATransferAndTheLedgerVerifies() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        let parties = try await parties(fixture)
        let keys = fixture.test.node.memberKeys
        let key = try await keys.createCustodialKey(for: parties.seller.id).keyID
        let recorded = try await fixture.capTables.recordSignedWithCustodialKey(transfer("ev_t", parties, 100_000, key: key),
                                                                                in: fixture.project)
        let payload = try await fixture.test.node.ledger.entry(recorded.ledgerSeq).entry.payload
        #expect(payload["act"] == "cap.transfer" && payload["signer"] == .string(parties.seller.id.rawValue))
        #expect(payload["party_signature"]?["key_id"] == .string(key.hex))
        #expect(try await fixture.capTables.table(of: fixture.project).units(of: StakeholderID(parties.buyer.id.rawValue),
                                                                             in: "common") == 100_000)
        #expect(try CapTable.replay(try await fixture.eventsFromLedger()) == (try await fixture.capTables.table(of: fixture.project)))
        #expect(try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath).entries > 5)
    }

    @Test func aClientKeySignsTheStatementAndAForgeryWritesNothing() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        let parties = try await parties(fixture)
        let keys = fixture.test.node.memberKeys
        let privateKey = try Ed25519PrivateKey.generate()
        let proof = try privateKey.signature(for: try MemberKeys.registrationStatement(
            for: parties.seller.id, publicKeyHex: privateKey.publicKey.hex).canonicalBytes)
        let key = try await keys.registerClientKey(for: parties.seller.id, publicKeyHex: privateKey.publicKey.hex,
                                                   proofHex: proof.hex).keyID
        let event = transfer("ev_t", parties, 100_000, key: key)
        let statement = try fixture.capTables.statement(for: event, in: fixture.project)
        let signature = PartySignature(keyID: key, signature: try privateKey.signature(for: try statement.canonicalBytes))

        let size = await fixture.test.node.ledger.size
        let other = transfer("ev_t", parties, 100_001, key: key)
        await #expect(throws: MemberKeyError.invalidSignature(key)) {
            try await fixture.capTables.record(other, in: fixture.project, signedWith: signature)
        }
        await #expect(throws: CapTableSigningError.keyMismatch(signedBy: S.signer.hex, signatureKey: key.hex)) {
            try await fixture.capTables.record(transfer("ev_t", parties, 100_000, key: S.signer), in: fixture.project,
                                               signedWith: signature)
        }
        await #expect(throws: MemberKeyError.noCustodialKey(parties.seller.id)) {
            try await fixture.capTables.recordSignedWithCustodialKey(event, in: fixture.project)
        }
        #expect(await fixture.test.node.ledger.size == size)

        _ = try await fixture.capTables.record(event, in: fixture.project, signedWith: signature)
        await #expect(throws: CapTableError.insufficientUnits(holder: StakeholderID(parties.seller.id.rawValue), shareClass: "common",
                                                              owned: 500_000, requested: 500_001)) {
            try await fixture.capTables.record(transfer("ev_t2", parties, 500_001, key: key), in: fixture.project,
                                               signedWith: PartySignature(keyID: key, signature: try privateKey.signature(
                                                   for: try fixture.capTables.statement(for: transfer("ev_t2", parties, 500_001, key: key),
                                                                                        in: fixture.project).canonicalBytes)))
        }
        #expect(try LedgerVerifier.verifyDatabase(at: fixture.test.databasePath).entries > 5)
    }

    @Test func onlyTheNamedAttesterAttestsAndVestsTheTranche() async throws {
        let fixture = try await CapTableProject.make()
        defer { fixture.remove() }
        let parties = try await parties(fixture)
        let keys = fixture.test.node.memberKeys
        _ = try await keys.createCustodialKey(for: parties.mentor.id)
        _ = try await keys.createCustodialKey(for: parties.buyer.id)
        let byBuyer = S.attest("ev_a", "ev_union", "mvp", by: StakeholderID(parties.buyer.id.rawValue), on: S.day(2026, 4, 1))
        await #expect(throws: CapTableError.notAnAttester(grant: "ev_union", milestone: "mvp",
                                                          attester: StakeholderID(parties.buyer.id.rawValue))) {
            try await fixture.capTables.recordSignedWithCustodialKey(byBuyer, in: fixture.project)
        }
        await #expect(throws: CapTableSigningError.signerNotAMember("union")) {
            try await fixture.capTables.recordSignedWithCustodialKey(
                S.attest("ev_u", "ev_union", "mvp", by: "union", on: S.day(2026, 4, 1)), in: fixture.project)
        }
        let byMentor = S.attest("ev_a", "ev_union", "mvp", by: StakeholderID(parties.mentor.id.rawValue), on: S.day(2026, 4, 1))
        let recorded = try await fixture.capTables.recordSignedWithCustodialKey(byMentor, in: fixture.project)
        #expect(try await fixture.test.node.ledger.entry(recorded.ledgerSeq).entry.kind == "cap.attest")
        _ = try await fixture.capTables.record(S.exercise("ev_ex", "ev_union", 50_000, on: S.day(2026, 4, 2)), in: fixture.project)
        #expect(try await fixture.capTables.table(of: fixture.project).units(of: "union", in: "common") == 50_000)
    }
}
