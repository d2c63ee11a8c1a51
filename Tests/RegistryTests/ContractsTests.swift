import Foundation
import Ledger
import Testing

@testable import Registry

/// Contracts persisted on the ledger: every event is a `contract.*` entry written with
/// the registry rows, the state is the replay of those entries, parties' signatures are
/// their own (custodial or client-held), and a refused event writes nothing.
@Suite struct ContractsTests {
    static let text = "Договор о поэтапном финансировании проекта «Умная остановка»."

    private struct Parties {
        let investor: Member
        let investorKey: Ed25519PrivateKey
        let developer: Member
        let mentor: Member
    }

    private func admitted(_ test: TestNode, _ name: String) async throws -> Member {
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
        return try await test.node.members.setStatus(.admitted, of: member.id)
    }

    /// An investor holding its own key, a developer and a mentor with keys the node holds.
    private func parties(_ test: TestNode) async throws -> Parties {
        let investor = try await admitted(test, "Инна")
        let developer = try await admitted(test, "Денис")
        let mentor = try await admitted(test, "Мария")
        let key = try Ed25519PrivateKey.generate()
        let proof = try key.signature(for: try MemberKeys.registrationStatement(for: investor.id, publicKeyHex: key.publicKey.hex)
            .canonicalBytes)
        _ = try await test.node.memberKeys.registerClientKey(for: investor.id, publicKeyHex: key.publicKey.hex, proofHex: proof.hex)
        _ = try await test.node.memberKeys.createCustodialKey(for: developer.id)
        _ = try await test.node.memberKeys.createCustodialKey(for: mentor.id)
        return Parties(investor: investor, investorKey: key, developer: developer, mentor: mentor)
    }

    private func party(_ member: Member) -> PartyID { PartyID(rawValue: member.id.rawValue)! }

    private func tranches(_ parties: Parties) -> ContractTerms {
        let investor = party(parties.investor), developer = party(parties.developer), mentor = party(parties.mentor)
        return ContractTerms(
            textSHA256: SHA256.hash(Array(Self.text.utf8)),
            parties: [ContractParty(id: .union, role: "union"), ContractParty(id: investor, role: "investor"),
                      ContractParty(id: developer, role: "developer"), ContractParty(id: mentor, role: "attester")],
            termination: .byUnion,
            parameters: .milestoneTranches(TrancheTerms(investor: investor, recipient: developer, attesters: [.union, mentor],
                                                        tranches: [.init(milestone: "mvp", amount: 300_000),
                                                                   .init(milestone: "pilot", amount: 700_000)])))
    }

    private func rowCount(_ test: TestNode) throws -> [String] {
        try test.column("counts", "SELECT count(*) || '/' || (SELECT count(*) FROM contract_event) || '/' || "
                        + "(SELECT group_concat(status) FROM contract) AS counts FROM contract")
    }

    @Test func everyPartySignsCustodialOrClientHeldAndOnlyThenTheContractIsActive() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let parties = try await parties(test)
        let contracts = test.node.contracts
        var contract = try await contracts.propose(ContractProposal(terms: tranches(parties), legalText: Self.text))
        #expect(contract.status == .proposed && contract.signatories.allSatisfy { !$0.hasSigned })

        contract = try await contracts.sign(contract.id, party: .union, consent: .union)
        contract = try await contracts.sign(contract.id, party: party(parties.developer),
                                            consent: .member(parties.developer.id, signature: nil))
        let statement = try await contracts.signingStatement(contract.id, party: party(parties.investor),
                                                             member: parties.investor.id, keyID: parties.investorKey.keyID)
        let signature = PartySignature(keyID: parties.investorKey.keyID,
                                       signature: try parties.investorKey.signature(for: try statement.canonicalBytes))
        contract = try await contracts.sign(contract.id, party: party(parties.investor),
                                            consent: .member(parties.investor.id, signature: signature))
        #expect(contract.status == .proposed, "one party has not signed yet")
        contract = try await contracts.sign(contract.id, party: party(parties.mentor), consent: .member(parties.mentor.id, signature: nil))
        #expect(contract.status == .active && contract.signatories.allSatisfy(\.hasSigned))
        #expect(contract.state.balances.balance(of: party(parties.investor)) == -1_000_000)

        let signEntry = try await test.node.ledger.entry(try #require(contract.signatories[2].signedSeq))
        #expect(signEntry.entry.kind == "contract.sign")
        #expect(signEntry.entry.payload["signer"]?.stringValue == parties.developer.id.rawValue)
        #expect(signEntry.entry.payload["text_sha256"]?.stringValue == SHA256.hash(Array(Self.text.utf8)).hex)
        #expect(signEntry.entry.payload["party_signature"] != nil && signEntry.entry.payload["role"]?.stringValue == "developer")

        contract = try await contracts.attest(contract.id, milestone: "mvp", attester: .union, consent: .union)
        contract = try await contracts.attest(contract.id, milestone: "mvp", attester: party(parties.mentor),
                                              consent: .member(parties.mentor.id, signature: nil))
        #expect(contract.state.releasedMilestones == ["mvp"])
        #expect(contract.state.balances.balance(of: party(parties.developer)) == 300_000)

        // The state read back from the ledger's own entries is the state from the table.
        let events = try await contracts.events(of: contract.id)
        var fromLedger: [ContractEvent] = []
        for (seq, _) in events {
            fromLedger.append(try ContractEvent(payload: .object(try await test.node.ledger.entry(seq).entry.payload)))
        }
        #expect(try ContractState.replay(fromLedger) == contract.state)
        #expect(try ContractState.replay(events.map(\.event)) == contract.state)
        #expect(try LedgerVerifier.verifyDatabase(at: test.databasePath).entries == (await test.node.ledger.size))
    }

    @Test func aRefusedEventWritesNothing() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let parties = try await parties(test)
        let contracts = test.node.contracts
        let terms = tranches(parties)
        await #expect(throws: ContractError.self) {
            try await contracts.propose(ContractProposal(terms: terms, legalText: Self.text + " "))
        }
        var contract = try await contracts.propose(ContractProposal(terms: terms, legalText: Self.text))
        contract = try await contracts.sign(contract.id, party: .union, consent: .union)
        let stranger = try await admitted(test, "Олег")
        _ = try await test.node.memberKeys.createCustodialKey(for: stranger.id)
        let size = await test.node.ledger.size
        let rows = try rowCount(test)

        await #expect(throws: ContractError.alreadySigned(.union)) {
            try await contracts.sign(contract.id, party: .union, consent: .union)
        }
        await #expect(throws: ContractError.notAParty(party(stranger))) {
            try await contracts.sign(contract.id, party: party(stranger), consent: .member(stranger.id, signature: nil))
        }
        await #expect(throws: ContractError.cannotActFor(party: party(parties.developer), member: parties.mentor.id.rawValue,
                                                         actingMember: parties.developer.id.rawValue)) {
            try await contracts.sign(contract.id, party: party(parties.developer), consent: .member(parties.mentor.id, signature: nil))
        }
        let forged = PartySignature(keyID: parties.investorKey.keyID, signature: try parties.investorKey.signature(for: [1, 2, 3]))
        await #expect(throws: MemberKeyError.invalidSignature(parties.investorKey.keyID)) {
            try await contracts.sign(contract.id, party: party(parties.investor), consent: .member(parties.investor.id, signature: forged))
        }
        await #expect(throws: ContractError.notActive(event: "milestone_attested", status: .proposed)) {
            try await contracts.attest(contract.id, milestone: "mvp", attester: .union, consent: .union)
        }
        #expect(await test.node.ledger.size == size)
        #expect(try rowCount(test) == rows)
    }
}
