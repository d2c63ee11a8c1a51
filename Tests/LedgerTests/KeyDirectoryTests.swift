import Testing
@testable import Ledger

/// Key registration and revocation rules, as the writer enforces them.
@Suite struct KeyDirectoryTests {
    private func ledger(_ directory: TemporaryDirectory) async throws -> Ledger {
        try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/keys", nodeKey: try Ed25519PrivateKey.generate())
    }

    private func register(_ key: Ed25519PublicKey, role: KeyRole = .member, on ledger: Ledger, by author: (any EntrySigner)? = nil) async throws {
        let registration = try KeyRegistration(publicKey: key, role: role, holder: "mbr_1", custodial: false)
        try await ledger.append(kind: .keyRegister, payload: registration.payload, author: author)
    }

    @Test func registeredMemberKeysSignUntilRevoked() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await ledger(directory)
        let member = try Ed25519PrivateKey.generate()
        try await register(member.publicKey, on: ledger)
        try await ledger.append(kind: "contract.sign", payload: ["contract": "ctr_1"], author: member)
        try await ledger.append(kind: "contract.sign", payload: ["contract": "ctr_2"], cosigners: [member])
        let revoke = KeyRevocation(keyID: member.keyID, reason: .compromised)
        let revocation = try await ledger.append(kind: .keyRevoke, payload: revoke.payload, author: member)
        await #expect(throws: LedgerError.revokedKey(member.keyID, revokedAtSeq: revocation.seq)) {
            try await ledger.append(kind: "contract.sign", payload: ["contract": "ctr_3"], author: member)
        }
        let report = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
        #expect(report.registeredKeys == 2 && report.activeKeys == 1)
    }

    @Test func memberKeysCannotRegisterOrRevokeOthers() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await ledger(directory)
        let member = try Ed25519PrivateKey.generate()
        try await register(member.publicKey, on: ledger)
        let other = try Ed25519PrivateKey.generate()
        await #expect(throws: LedgerError.notAuthorisedForKeys(member.keyID)) {
            try await register(other.publicKey, on: ledger, by: member)
        }
        await #expect(throws: LedgerError.notAuthorisedForKeys(member.keyID)) {
            try await ledger.append(kind: .keyRevoke, payload: KeyRevocation(keyID: ledger.nodeKey.keyID, reason: .retired).payload, author: member)
        }
    }

    @Test func aKeyIsRegisteredOnceAndTheLastNodeKeyStays() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await ledger(directory)
        let member = try Ed25519PrivateKey.generate()
        try await register(member.publicKey, on: ledger)
        await #expect(throws: LedgerError.keyAlreadyRegistered(member.keyID)) { try await register(member.publicKey, on: ledger) }
        await #expect(throws: LedgerError.cannotRevokeLastNodeKey(ledger.nodeKey.keyID)) {
            try await ledger.append(kind: .keyRevoke, payload: KeyRevocation(keyID: ledger.nodeKey.keyID, reason: .rotated).payload)
        }
        let successor = try Ed25519PrivateKey.generate()
        try await register(successor.publicKey, role: .node, on: ledger)
        try await ledger.append(kind: .keyRevoke, payload: KeyRevocation(keyID: ledger.nodeKey.keyID, reason: .rotated).payload)
        try await ledger.append(kind: "test.after_rotation", payload: [:], author: successor)
        _ = try LedgerVerifier.verifyDatabase(at: directory.path("ledger.sqlite"))
    }

    @Test func smallOrderAndNonCanonicalKeysAreNeverRegistered() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let ledger = try await ledger(directory)
        let smallOrder = try Ed25519PublicKey(hex: "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa")
        await #expect(throws: LedgerError.unsuitableKey(.smallOrderPublicKey)) { try await register(smallOrder, on: ledger) }
        let payload: JSONObject = [
            "key_id": .string(SHA256.hash(Array(repeating: 0xff, count: 32)).hex), "public_key": .string(String(repeating: "ff", count: 32)),
            "role": "member", "holder": "mbr_2", "custodial": false,
        ]
        await #expect(throws: LedgerError.self) { try await ledger.append(kind: .keyRegister, payload: payload) }
        let personal: JSONObject = [
            "key_id": .string(ledger.nodeKey.keyID.hex), "public_key": .string(ledger.nodeKey.publicKey.hex),
            "role": "member", "holder": "Иван Петров", "custodial": false,
        ]
        await #expect(throws: LedgerError.self) { try await ledger.append(kind: .keyRegister, payload: personal) }
        #expect(await ledger.size == 1)
    }
}
