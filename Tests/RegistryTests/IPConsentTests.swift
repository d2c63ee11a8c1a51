import Foundation
import Ledger
import Testing

@testable import Registry

/// Rights in an IP asset move only with the consent of those who lose or gain them: a
/// new split or a deposit naming other members waits until each has signed, and its
/// entry carries every signature, which the verifier checks.
@Suite struct IPConsentTests {
    private struct Members {
        let anna: Member
        let boris: Member
        let borisKey: Ed25519PrivateKey
    }

    /// Анна and Борис, admitted; Борис holds his own key, registered with its proof.
    private func members(_ test: TestNode) async throws -> Members {
        func admitted(_ name: String) async throws -> Member {
            let applied = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
            return try await test.node.members.setStatus(.admitted, of: applied.id)
        }
        let anna = try await admitted("Анна")
        let boris = try await admitted("Борис")
        let key = try Ed25519PrivateKey.generate()
        let proof = try key.signature(for: try MemberKeys.registrationStatement(for: boris.id, publicKeyHex: key.publicKey.hex)
            .canonicalBytes)
        _ = try await test.node.memberKeys.registerClientKey(for: boris.id, publicKeyHex: key.publicKey.hex, proofHex: proof.hex)
        return Members(anna: anna, boris: boris, borisKey: key)
    }

    private func deposit(_ text: String, _ holders: [IPHolding]) -> IPDeposit {
        IPDeposit(kind: .software, title: "Умная остановка", contentSHA256: SHA256.hash(Array(text.utf8)), holders: holders)
    }

    /// The defect as found: a holder of 70 % gave himself the whole asset, alone.
    @Test func aHolderCannotTakeAnotherHoldersPartAlone() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let people = try await members(test)
        let ipAssets = test.node.ipAssets
        let split = [IPHolding(memberID: people.anna.id, units: ShareUnits(7_000)),
                     IPHolding(memberID: people.boris.id, units: ShareUnits(3_000))]
        let depositing = try #require(try await ipAssets.deposit(deposit("v1", split), by: people.anna.id).pending)
        #expect(depositing.waitingFor == [people.boris.id], "the depositor's request is her consent; Борис must sign")
        #expect(try await ipAssets.assets(page: PageRequest()).items.isEmpty, "nothing is deposited before he signs")
        let signature = PartySignature(keyID: people.borisKey.keyID,
                                       signature: try people.borisKey.signature(for: try depositing.statementBytes))
        let asset = try #require(try await ipAssets.consent(to: depositing.id, by: people.boris.id, signature: signature).done)
        #expect(IPAssets.split(asset.holders) == IPAssets.split(split))

        let sizeBefore = await test.node.ledger.size
        let taking = try #require(try await ipAssets.assignHolders([IPHolding(memberID: people.anna.id, units: .whole)],
                                                                   of: asset.id, by: people.anna.id).pending)
        #expect(taking.waitingFor == [people.boris.id])
        #expect(try await ipAssets.asset(id: asset.id)?.holders == asset.holders, "the split stands until Борис signs")
        #expect(await test.node.ledger.size == sizeBefore, "nothing enters the ledger before every signature")
        await #expect(throws: IPConsentError.otherRequestPending(asset.id, taking.id)) {
            try await ipAssets.assignHolders([IPHolding(memberID: people.boris.id, units: .whole)], of: asset.id, by: people.boris.id)
        }

        // Refused: a signature by someone else's key, one over other bytes, a member not asked.
        let annaKey = try await test.node.memberKeys.createCustodialKey(for: people.anna.id)
        let byAnna = try await test.node.memberKeys.sign(statementBytes: try taking.statementBytes, as: people.anna.id)
        await #expect(throws: MemberKeyError.notTheMembersKey(annaKey.keyID, people.boris.id)) {
            try await ipAssets.consent(to: taking.id, by: people.boris.id, signature: byAnna)
        }
        let overOtherBytes = PartySignature(keyID: people.borisKey.keyID, signature: try people.borisKey.signature(for: Array("да".utf8)))
        await #expect(throws: MemberKeyError.invalidSignature(people.borisKey.keyID)) {
            try await ipAssets.consent(to: taking.id, by: people.boris.id, signature: overOtherBytes)
        }
        await #expect(throws: IPConsentError.notASigner(people.anna.id)) {
            try await ipAssets.consent(to: taking.id, by: people.anna.id, signature: byAnna)
        }

        let consent = PartySignature(keyID: people.borisKey.keyID, signature: try people.borisKey.signature(for: try taking.statementBytes))
        let taken = try #require(try await ipAssets.consent(to: taking.id, by: people.boris.id, signature: consent).done)
        #expect(taken.holders == [IPHolding(memberID: people.anna.id, units: .whole)])
        #expect(try await ipAssets.consentRequest(id: taking.id) == nil)

        let entry = try await test.node.ledger.entry(await test.node.ledger.size - 1)
        #expect(entry.entry.kind.name == "ip.assign")
        #expect(entry.entry.payload["signers"] == [.string(people.boris.id.rawValue)])
        #expect(entry.entry.payload["previous_holders"]?.arrayValue?.count == 2)
        #expect(entry.entry.payload[PartySignature.severalPayloadKey] == [consent.json])
        _ = try LedgerVerifier.verifyDatabase(at: test.folder.databasePath)

        // The same statement with a signature that is not Борис's cannot enter the ledger at all.
        var forged = entry.entry.payload
        forged[PartySignature.severalPayloadKey] = [byAnna.json]
        await #expect(throws: LedgerError.invalidPartySignature(reason: "key \(annaKey.keyID) is not a member key of \(people.boris.id)")) {
            try await test.node.ledger.append(kind: "ip.assign", payload: forged)
        }
    }

    /// A deposit naming another member waits for her; she may decline, and the content
    /// stays free; while it waits, nobody else can deposit the same content.
    @Test func aDepositNamingOthersWaitsAndMayBeDeclined() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let people = try await members(test)
        let ipAssets = test.node.ipAssets
        let split = [IPHolding(memberID: people.anna.id, units: ShareUnits(5_000)),
                     IPHolding(memberID: people.boris.id, units: ShareUnits(5_000))]
        let byStaff = try #require(try await ipAssets.deposit(deposit("v1", split), by: nil).pending)
        #expect(byStaff.waitingFor == [people.anna.id, people.boris.id].sorted { $0.rawValue < $1.rawValue },
                "Union staff depositing for others need every holder's signature")
        await #expect(throws: IPConsentError.otherRequestPending(byStaff.assetID, byStaff.id)) {
            try await ipAssets.deposit(deposit("v1", [IPHolding(memberID: people.anna.id, units: .whole)]), by: people.anna.id)
        }
        #expect(try await ipAssets.consentRequests(concerning: people.boris.id).map(\.id) == [byStaff.id])
        await #expect(throws: IPConsentError.notASigner(MemberID(unchecked: "mem_" + String(repeating: "1", count: 32)))) {
            try await ipAssets.decline(byStaff.id, by: MemberID(unchecked: "mem_" + String(repeating: "1", count: 32)))
        }
        try await ipAssets.decline(byStaff.id, by: people.boris.id)
        #expect(try await ipAssets.consentRequests().isEmpty)
        let sole = try await ipAssets.deposit(deposit("v1", [IPHolding(memberID: people.anna.id, units: .whole)]), by: people.anna.id)
        #expect(sole.done != nil, "declined, the content was free to deposit again")
        let entries = try await test.node.ledger.entries(from: 0, limit: 1_000).map(\.entry.kind.name)
        #expect(entries.filter { $0.hasPrefix("ip.") } == ["ip.deposit"], "a declined act leaves nothing in the ledger")
    }
}
