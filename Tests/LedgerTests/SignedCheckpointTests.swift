import Foundation
import Testing
import Ledger

/// Signing and opening checkpoints: the signature must come from the given
/// verifier, and that verifier's key name must be the checkpoint's origin.
struct SignedCheckpointTests {
    private func makeCheckpoint(origin: String = "registry.example/log") throws -> Checkpoint {
        try Checkpoint(origin: origin, size: 1234, rootHash: SHA256.hash(Array("root".utf8)))
    }

    @Test func signedCheckpointOpens() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let checkpoint = try makeCheckpoint()
        let signed = try SignedCheckpoint.sign(checkpoint: checkpoint, signer: signer)
        #expect(signed.note.text == checkpoint.body)
        #expect(try SignedCheckpoint.open(signed.serialized(), verifier: signer.verifier) == checkpoint)
    }

    @Test func cosignaturesByUnknownKeysDoNotGetInTheWay() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let witness = try NoteSigner(name: "witness.example/w1", privateKey: Ed25519PrivateKey.generate())
        let checkpoint = try makeCheckpoint()
        let note = try SignedNote.sign(text: checkpoint.body, signers: [witness, signer])
        #expect(try SignedCheckpoint.open(note.serialized(), verifier: signer.verifier) == checkpoint)
    }

    @Test func signatureByAKeyNamedOtherThanTheOriginIsRefused() throws {
        let other = try NoteSigner(name: "other.example/key", privateKey: Ed25519PrivateKey.generate())
        let checkpoint = try makeCheckpoint()
        let note = try SignedNote.sign(text: checkpoint.body, signers: [other])
        #expect(try note.verify(with: [other.verifier]) == [other.verifier])
        #expect(throws: CheckpointError.originMismatch(origin: "registry.example/log", keyName: "other.example/key")) {
            try SignedCheckpoint.open(note.serialized(), verifier: other.verifier)
        }
        #expect(throws: CheckpointError.originMismatch(origin: "registry.example/log", keyName: "other.example/key")) {
            try SignedCheckpoint.sign(checkpoint: checkpoint, signer: other)
        }
    }

    @Test func signatureByAnotherKeyWithTheOriginAsNameIsUnknown() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let impostor = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let signed = try SignedCheckpoint.sign(checkpoint: makeCheckpoint(), signer: impostor)
        #expect(throws: CheckpointError.noTrustedSignature) {
            try SignedCheckpoint.open(signed.serialized(), verifier: signer.verifier)
        }
    }

    @Test func alteredTreeSizeFailsVerification() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let serialized = try SignedCheckpoint.sign(checkpoint: makeCheckpoint(), signer: signer).serialized()
        let altered = serialized.replacingOccurrences(of: "\n1234\n", with: "\n1235\n")
        try #require(altered != serialized)
        #expect(throws: CheckpointError.invalidSignature(keyName: signer.name, keyID: signer.keyID)) {
            try SignedCheckpoint.open(altered, verifier: signer.verifier)
        }
    }

    @Test func validlySignedButMalformedBodyIsRefused() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let note = try SignedNote.sign(text: "registry.example/log\n0012\n\(Base64.encode(SHA256.hash([]).bytes))\n", signers: [signer])
        #expect(throws: CheckpointError.invalidTreeSize("0012")) {
            try SignedCheckpoint.open(note.serialized(), verifier: signer.verifier)
        }
    }
}
