import Foundation
import Glibc
import Ledger
import Testing

@testable import Registry

/// Members' signing keys: custodial keys kept as 0600 files and registered in the
/// ledger, client keys registered only with a proof, and signatures checked against the
/// key's member.
@Suite struct MemberKeysTests {
    private func admitted(_ test: TestNode, _ name: String = "Анна") async throws -> Member {
        let member = try await test.node.members.apply(MemberApplication(kind: .person, name: name))
        return try await test.node.members.setStatus(.admitted, of: member.id)
    }

    @Test func custodialKeysAreFilesOfMode0600RegisteredToTheirMember() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let member = try await admitted(test)
        let keyID = try await test.node.memberKeys.createCustodialKey(for: member.id).keyID
        var status = stat()
        #expect(stat("\(test.folder.memberKeysPath)/\(keyID.hex).pem", &status) == 0)
        #expect(status.st_mode & 0o777 == 0o600)
        let keys = await test.node.memberKeys.keys(of: member.id)
        #expect(keys.map(\.keyID) == [keyID] && keys[0].custodial && keys[0].memberID == member.id)

        let statement = try PartyStatement(act: "contract.sign", signer: member.id, fields: ["contract_id": "ctr_1"])
        let signature = try await test.node.memberKeys.sign(statement, as: member.id)
        try await test.node.memberKeys.verify(signature, of: statement, by: member.id)
        let other = try await admitted(test, "Борис")
        await #expect(throws: MemberKeyError.notTheMembersKey(keyID, other.id)) {
            try await test.node.memberKeys.verify(signature, of: statement, by: other.id)
        }
        await #expect(throws: MemberKeyError.noCustodialKey(other.id)) {
            try await test.node.memberKeys.sign(statement, as: other.id)
        }
        let changed = try PartyStatement(act: "contract.sign", signer: member.id, fields: ["contract_id": "ctr_2"])
        await #expect(throws: MemberKeyError.invalidSignature(keyID)) {
            try await test.node.memberKeys.verify(signature, of: changed, by: member.id)
        }
        try await test.node.ledger.append(kind: "contract.sign", payload: try statement.signed(by: signature))
        #expect(try LedgerVerifier.verifyDatabase(at: test.databasePath).entries == (await test.node.ledger.size))
    }

    @Test func clientKeysNeedAProofAndAnAdmittedMember() async throws {
        let test = try await TestNode.make()
        defer { test.remove() }
        let member = try await admitted(test)
        let key = try Ed25519PrivateKey.generate()
        let proof = try key.signature(for: try MemberKeys.registrationStatement(for: member.id, publicKeyHex: key.publicKey.hex)
            .canonicalBytes)
        let sizeBefore = await test.node.ledger.size
        await #expect(throws: MemberKeyError.invalidProof) {
            try await test.node.memberKeys.registerClientKey(for: member.id, publicKeyHex: key.publicKey.hex,
                                                              proofHex: try Ed25519PrivateKey.generate().signature(for: [1]).hex)
        }
        await #expect(throws: MemberKeyError.self) {
            try await test.node.memberKeys.registerClientKey(for: member.id, publicKeyHex: "00", proofHex: proof.hex)
        }
        let applicant = try await test.node.members.apply(MemberApplication(kind: .person, name: "Вера"))
        let applicantProof = try key.signature(for: try MemberKeys.registrationStatement(for: applicant.id,
                                                                                            publicKeyHex: key.publicKey.hex).canonicalBytes)
        await #expect(throws: MembershipConflict.self) {
            try await test.node.memberKeys.registerClientKey(for: applicant.id, publicKeyHex: key.publicKey.hex,
                                                              proofHex: applicantProof.hex)
        }
        #expect(await test.node.ledger.size == sizeBefore + 1, "only the applicant's own apply entry was written")

        let keyID = try await test.node.memberKeys.registerClientKey(for: member.id, publicKeyHex: key.publicKey.hex, proofHex: proof.hex).keyID
        #expect(keyID == key.keyID)
        #expect(await test.node.memberKeys.keys(of: member.id).map(\.custodial) == [false])
        let statement = try PartyStatement(act: "cap.transfer", signer: member.id, fields: ["transfer_id": "t1"])
        let signature = PartySignature(keyID: key.keyID, signature: try key.signature(for: try statement.canonicalBytes))
        try await test.node.memberKeys.verify(signature, of: statement, by: member.id)
        await #expect(throws: MemberKeyError.noCustodialKey(member.id)) {
            try await test.node.memberKeys.sign(statement, as: member.id)
        }
    }
}
