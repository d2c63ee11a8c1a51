import Testing
@testable import Ledger

/// A member's signature inside a payload: checked on append and by the verifier against
/// the member keys registered to the signer, over the payload without the signature.
@Suite struct PartySignatureTests {
    private struct Setup {
        let directory: TemporaryDirectory
        let ledger: Ledger
        let member: Ed25519PrivateKey

        static func make() async throws -> Setup {
            let directory = try TemporaryDirectory()
            let ledger = try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/party",
                                                 nodeKey: try Ed25519PrivateKey.generate())
            let member = try Ed25519PrivateKey.generate()
            let registration = try KeyRegistration(publicKey: member.publicKey, role: .member, holder: "mem_1", custodial: false)
            try await ledger.append(kind: .keyRegister, payload: registration.payload)
            return Setup(directory: directory, ledger: ledger, member: member)
        }

        func signed(_ statement: JSONObject, by key: Ed25519PrivateKey) throws -> JSONObject {
            let signature = try key.signature(for: try PartySignature.statementBytes(of: statement))
            return try JSONObject(uniqueKeysWithValues: statement.map { ($0.key, $0.value) }
                + [(PartySignature.payloadKey, PartySignature(keyID: key.keyID, signature: signature).json)])
        }
    }

    private let statement: JSONObject = ["act": "contract.sign", "signer": "mem_1", "contract_id": "ctr_1"]

    @Test func aValidSignatureIsAcceptedAndVerified() async throws {
        let setup = try await Setup.make()
        defer { setup.directory.remove() }
        try await setup.ledger.append(kind: "contract.sign", payload: try setup.signed(statement, by: setup.member))
        let report = try LedgerVerifier.verifyDatabase(at: setup.directory.path("ledger.sqlite"))
        #expect(report.entries == 3)
    }

    @Test func refusesSignaturesThatDoNotBindTheMemberToThisAct() async throws {
        let setup = try await Setup.make()
        defer { setup.directory.remove() }
        let ledger = setup.ledger
        let sizeBefore = await ledger.size
        var forged = try setup.signed(statement, by: setup.member)
        forged = try JSONObject(uniqueKeysWithValues: forged.map { ($0.key, $0.key == "contract_id" ? "ctr_2" : $0.value) })
        await #expect(throws: LedgerError.invalidPartySignature(reason: "the signature by key \(setup.member.keyID) does not match the payload")) {
            try await ledger.append(kind: "contract.sign", payload: forged)
        }
        await #expect(throws: LedgerError.invalidPartySignature(reason: "a payload with party signatures must name its act, \"contract.terminate\"")) {
            try await ledger.append(kind: "contract.terminate", payload: try setup.signed(statement, by: setup.member))
        }
        let otherSigner: JSONObject = ["act": "contract.sign", "signer": "mem_2", "contract_id": "ctr_1"]
        await #expect(throws: LedgerError.invalidPartySignature(reason: "key \(setup.member.keyID) is not a member key of mem_2")) {
            try await ledger.append(kind: "contract.sign", payload: try setup.signed(otherSigner, by: setup.member))
        }
        await #expect(throws: LedgerError.invalidPartySignature(reason: "key \(ledger.nodeKey.keyID) is not a member key of mem_1")) {
            try await ledger.append(kind: "contract.sign", payload: try setup.signed(statement, by: ledger.nodeKey))
        }
        let stranger = try Ed25519PrivateKey.generate()
        await #expect(throws: LedgerError.unknownKey(stranger.keyID)) {
            try await ledger.append(kind: "contract.sign", payload: try setup.signed(statement, by: stranger))
        }
        await #expect(throws: LedgerError.self) {
            try await ledger.append(kind: "contract.sign", payload: ["act": "contract.sign", "signer": "mem_1", "party_signature": "x"])
        }
        #expect(await ledger.size == sizeBefore, "nothing refused was written")
    }

    /// An act several members consent to carries each one's signature over the same
    /// statement, in the order the statement names them.
    @Test func severalSignersEachSignTheSameStatementInTheirOrder() async throws {
        let setup = try await Setup.make()
        defer { setup.directory.remove() }
        let ledger = setup.ledger
        let second = try Ed25519PrivateKey.generate()
        try await ledger.append(kind: .keyRegister, payload: try KeyRegistration(
            publicKey: second.publicKey, role: .member, holder: "mem_2", custodial: true).payload)
        let statement: JSONObject = ["act": "ip.assign", "asset_id": "ipa_1", "signers": ["mem_1", "mem_2"]]
        func signatures(_ keys: [Ed25519PrivateKey], over statement: JSONObject = statement) throws -> JSONObject {
            let bytes = try PartySignature.statementBytes(of: statement)
            let signed = try keys.map { PartySignature(keyID: $0.keyID, signature: try $0.signature(for: bytes)).json }
            return try JSONObject(uniqueKeysWithValues: statement.map { ($0.key, $0.value) }
                + [(PartySignature.severalPayloadKey, .array(signed))])
        }
        let sizeBefore = await ledger.size
        await #expect(throws: LedgerError.invalidPartySignature(reason: "key \(second.keyID) is not a member key of mem_1")) {
            try await ledger.append(kind: "ip.assign", payload: try signatures([second, setup.member]))
        }
        await #expect(throws: LedgerError.invalidPartySignature(
            reason: "party_signatures must hold one signature per signer, in the signers' order")) {
            try await ledger.append(kind: "ip.assign", payload: try signatures([setup.member]))
        }
        var changed = try signatures([setup.member, second])
        changed["asset_id"] = "ipa_2"
        await #expect(throws: LedgerError.invalidPartySignature(reason: "the signature by key \(setup.member.keyID) does not match the payload")) {
            try await ledger.append(kind: "ip.assign", payload: changed)
        }
        let twice: JSONObject = ["act": "ip.assign", "asset_id": "ipa_1", "signers": ["mem_1", "mem_1"]]
        await #expect(throws: LedgerError.invalidPartySignature(reason: "a payload with party_signatures must name its signers, each once")) {
            try await ledger.append(kind: "ip.assign", payload: try signatures([setup.member, setup.member], over: twice))
        }
        var both = try signatures([setup.member, second])
        both[PartySignature.payloadKey] = both[PartySignature.severalPayloadKey]?.arrayValue?.first
        await #expect(throws: LedgerError.invalidPartySignature(reason: "a payload holds party_signature or party_signatures, not both")) {
            try await ledger.append(kind: "ip.assign", payload: both)
        }
        #expect(await ledger.size == sizeBefore, "nothing refused was written")

        try await ledger.append(kind: "ip.assign", payload: try signatures([setup.member, second]))
        let report = try LedgerVerifier.verifyDatabase(at: setup.directory.path("ledger.sqlite"))
        #expect(report.entries == sizeBefore + 1)
    }
}
