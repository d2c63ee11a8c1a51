import Testing
import Ledger

/// Verifier keys (vkeys) and the note key ID derived from name and public key.
struct NoteVerifierTests {
    static let exampleVerifierKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"

    @Test func specExampleVerifierKeyParses() throws {
        let text = try Fixture.text("c2sp/example-foo.vkey").split(separator: "\n").map(String.init).first
        #expect(text == Self.exampleVerifierKey)
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        #expect(verifier.name == "example.com/foo")
        #expect(verifier.keyID == 0x530d_903a)
        #expect(verifier.verifierKey == Self.exampleVerifierKey)
        #expect(try NoteVerifier(name: "example.com/foo", publicKey: verifier.publicKey).keyID == 0x530d_903a)
    }

    @Test func signerVerifierKeyRoundTrips() throws {
        let signer = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let parsed = try NoteVerifier(verifierKey: signer.verifierKey)
        #expect(parsed == signer.verifier)
        #expect(parsed.keyID == signer.keyID)
        #expect(signer.verifierKey.hasPrefix("registry.example/log+"))
    }

    @Test func sameKeyUnderAnotherNameHasAnotherKeyID() throws {
        let key = try Ed25519PrivateKey.generate()
        let first = try NoteSigner(name: "a.example/log", privateKey: key)
        let second = try NoteSigner(name: "b.example/log", privateKey: key)
        #expect(first.keyID != second.keyID)
    }

    @Test(arguments: ["", "exa mple", "example.com/a+b", "tab\there", "nbsp\u{00A0}name", "ideographic\u{3000}space", "line\u{2028}separator"])
    func invalidKeyNameIsRefused(_ name: String) throws {
        let key = try Ed25519PrivateKey.generate()
        #expect(throws: CheckpointError.invalidKeyName(name)) { try NoteSigner(name: name, privateKey: key) }
        #expect(throws: CheckpointError.invalidKeyName(name)) { try NoteVerifier(name: name, publicKey: key.publicKey) }
    }

    @Test func nameWithSpaceInVerifierKeyIsRefused() {
        #expect(throws: CheckpointError.invalidKeyName("example.com foo")) {
            try NoteVerifier(verifierKey: "example.com foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        }
    }

    @Test func wrongKeyIDIsRefused() {
        #expect(throws: CheckpointError.verifierKeyIDMismatch(keyName: "example.com/foo", stated: 0x530d_903b, computed: 0x530d_903a)) {
            try NoteVerifier(verifierKey: "example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        }
        #expect(throws: CheckpointError.verifierKeyIDMismatch(keyName: "example.com/bar", stated: 0x530d_903a, computed: 0xc6fb_2e3e)) {
            try NoteVerifier(verifierKey: "example.com/bar+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k")
        }
    }

    @Test(arguments: [
        "example.com/foo",
        "example.com/foo+530d903a",
        "example.com/foo+530D903A+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+530d903+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
        "example.com/foo+0x530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k",
    ])
    func malformedVerifierKeyIsRefused(_ text: String) {
        let error = #expect(throws: CheckpointError.self) { try NoteVerifier(verifierKey: text) }
        guard case .malformedVerifierKey = error else {
            Issue.record("expected malformedVerifierKey, got \(String(describing: error))")
            return
        }
    }

    @Test func keyMaterialMustBeCanonicalBase64OfAnEd25519Key() throws {
        #expect(throws: CheckpointError.invalidBase64(what: "verifier key material")) {
            try NoteVerifier(verifierKey: "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2")
        }
        #expect(throws: CheckpointError.invalidBase64(what: "verifier key material")) {
            try NoteVerifier(verifierKey: "example.com/foo+530d903a+")
        }
        let key = try Ed25519PrivateKey.generate().publicKey.rawRepresentation
        #expect(throws: CheckpointError.unsupportedSignatureType(0x02)) {
            try NoteVerifier(verifierKey: "example.com/foo+530d903a+" + Base64.encode([0x02] + key))
        }
        #expect(throws: CheckpointError.crypto(.wrongLength(what: "Ed25519 public key", expected: 32, actual: 31))) {
            try NoteVerifier(verifierKey: "example.com/foo+530d903a+" + Base64.encode([0x01] + key.dropLast()))
        }
    }
}
