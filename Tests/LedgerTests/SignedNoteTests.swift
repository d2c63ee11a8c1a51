import Foundation
import Testing
import Ledger

/// Signed notes per c2sp.org/signed-note v1.0.0: the spec's own example, the
/// verification rules for known, unknown, duplicate and colliding keys, and the
/// refusal of malformed notes.
struct SignedNoteTests {
    static let exampleVerifierKey = "example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"
    static let dash = "\u{2014}"

    private func exampleNote() throws -> String {
        try Fixture.text("c2sp/example-foo.note")
    }

    @Test func specExampleVerifies() throws {
        let serialized = try exampleNote()
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        let note = try SignedNote.parse(serialized)
        #expect(note.text == "This is an example message.\n")
        #expect(note.signatures.count == 1)
        #expect(note.signatures.first?.keyName == "example.com/foo")
        #expect(note.signatures.first?.keyID == 0x530d_903a)
        #expect(try note.verify(with: [verifier]) == [verifier])
        #expect(note.serialized() == serialized)
    }

    @Test func flippedBitInTextFails() throws {
        let tampered = try exampleNote().replacingFirst("example message", with: "example messagf")
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        #expect(throws: CheckpointError.invalidSignature(keyName: "example.com/foo", keyID: 0x530d_903a)) {
            try SignedNote.parse(tampered).verify(with: [verifier])
        }
    }

    @Test(arguments: [4, 40, 67])
    func flippedBitInSignatureFails(_ byte: Int) throws {
        let note = try SignedNote.parse(exampleNote())
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        let line = try #require(note.signatures.first)
        var raw = [0x53, 0x0d, 0x90, 0x3a] + line.signature
        raw[byte] ^= 0x01
        let tampered = note.text + "\n\(Self.dash) example.com/foo \(Base64.encode(raw))\n"
        #expect(throws: CheckpointError.invalidSignature(keyName: "example.com/foo", keyID: 0x530d_903a)) {
            try SignedNote.parse(tampered).verify(with: [verifier])
        }
    }

    @Test func flippedBitInKeyIDMakesTheSignatureUnknown() throws {
        let note = try SignedNote.parse(exampleNote())
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        let line = try #require(note.signatures.first)
        let tampered = note.text + "\n\(Self.dash) example.com/foo \(Base64.encode([0x53, 0x0d, 0x90, 0x3b] + line.signature))\n"
        #expect(throws: CheckpointError.noTrustedSignature) { try SignedNote.parse(tampered).verify(with: [verifier]) }
    }

    @Test func noteSignedOnlyByUnknownKeysIsRejected() throws {
        let stranger = try NoteSigner(name: "stranger.example/key", privateKey: Ed25519PrivateKey.generate())
        let note = try SignedNote.sign(text: "hello\n", signers: [stranger])
        let verifier = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        #expect(throws: CheckpointError.noTrustedSignature) { try note.verify(with: [verifier]) }
        #expect(throws: CheckpointError.noTrustedSignature) { try note.verify(with: []) }
    }

    @Test func quasimodoExampleParsesWithABlankLineInItsText() throws {
        let serialized = try Fixture.text("c2sp/quasimodo.note")
        let note = try SignedNote.parse(serialized)
        #expect(note.text.hasSuffix("sole:\n\ned è subito sera.\n"))
        #expect(note.signatures.map(\.keyName) == ["quasimodo.example/salvatore"])
        #expect(note.serialized() == serialized)
        let unrelated = try NoteVerifier(verifierKey: Self.exampleVerifierKey)
        #expect(throws: CheckpointError.noTrustedSignature) { try note.verify(with: [unrelated]) }
    }

    @Test func signSerializeParseVerifyRoundTrips() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let witness = try NoteSigner(name: "witness.example/w1", privateKey: Ed25519PrivateKey.generate())
        let text = "first line\n\nthird line, after an empty one: ünïcode — fine\n"
        let note = try SignedNote.sign(text: text, signers: [log, witness])
        let serialized = note.serialized()
        #expect(serialized.hasPrefix(text + "\n\(Self.dash) registry.example/log "))
        let parsed = try SignedNote.parse(serialized)
        #expect(parsed.text == text)
        #expect(parsed.serialized() == serialized)
        #expect(try parsed.verify(with: [witness.verifier, log.verifier]) == [log.verifier, witness.verifier])
        #expect(try parsed.verify(with: [witness.verifier]) == [witness.verifier])
        #expect(try SignedNote.parse(utf8: Array(serialized.utf8)).serialized() == serialized)
    }

    @Test func unknownSignaturesSharingOnlyNameOrOnlyKeyIDAreIgnored() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let note = try SignedNote.sign(text: "body\n", signers: [log])
        let junk = Base64.encode([UInt8](repeating: 7, count: 64))
        let otherID = log.keyID ^ 1
        let sameName = "\(Self.dash) registry.example/log \(Base64.encode(bigEndian(otherID) + [UInt8](repeating: 7, count: 64)))\n"
        let sameID = "\(Self.dash) other.example/log \(Base64.encode(bigEndian(log.keyID) + [UInt8](repeating: 7, count: 64)))\n"
        let unrelated = "\(Self.dash) third.example/log \(junk)\n"
        let serialized = note.serialized() + sameName + sameID + unrelated
        #expect(try SignedNote.parse(serialized).verify(with: [log.verifier]) == [log.verifier])
    }

    @Test func anyFailingTrustedSignatureRejectsTheNote() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let witness = try NoteSigner(name: "witness.example/w1", privateKey: Ed25519PrivateKey.generate())
        let note = try SignedNote.sign(text: "body\n", signers: [log])
        let forged = "\(Self.dash) witness.example/w1 \(Base64.encode(bigEndian(witness.keyID) + [UInt8](repeating: 7, count: 64)))\n"
        #expect(throws: CheckpointError.invalidSignature(keyName: "witness.example/w1", keyID: witness.keyID)) {
            try SignedNote.parse(note.serialized() + forged).verify(with: [log.verifier, witness.verifier])
        }
    }

    @Test func duplicateSignatureCountsOnce() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let serialized = try SignedNote.sign(text: "body\n", signers: [log]).serialized()
        let line = String(serialized.split(separator: "\n").last ?? "") + "\n"
        let doubled = try SignedNote.parse(serialized + line)
        #expect(doubled.signatures.count == 2)
        #expect(try doubled.verify(with: [log.verifier, log.verifier]) == [log.verifier])
    }

    @Test func duplicateSignerIsRefused() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        #expect(throws: CheckpointError.duplicateSigner(keyName: log.name, keyID: log.keyID)) {
            try SignedNote.sign(text: "body\n", signers: [log, log])
        }
        #expect(throws: CheckpointError.noSigners) { try SignedNote.sign(text: "body\n", signers: []) }
    }

    /// Two public keys whose key IDs under this name collide, found by a birthday search.
    @Test func collidingTrustedKeysCannotVouch() throws {
        let name = "example.com/collide"
        let first = try NoteVerifier(name: name, publicKey: Ed25519PublicKey(hex: "66fee8c07f73341b7e959c6cae96d4a2405765c0ba4139877183a1347b5b083a"))
        let second = try NoteVerifier(name: name, publicKey: Ed25519PublicKey(hex: "d1fe5789c75ad05ae70e838d671580b75575147c3f01c499fc93d121f9f39c68"))
        try #require(first.keyID == second.keyID && first != second)
        let line = "\(Self.dash) \(name) \(Base64.encode(bigEndian(first.keyID) + [UInt8](repeating: 1, count: 64)))\n"
        let note = try SignedNote.parse("body\n\n" + line)
        #expect(throws: CheckpointError.ambiguousVerifiers(keyName: name, keyID: first.keyID)) {
            try note.verify(with: [first, second])
        }
        #expect(throws: CheckpointError.invalidSignature(keyName: name, keyID: first.keyID)) {
            try note.verify(with: [first])
        }
    }

    @Test func acceptsSixteenSignaturesAndRefusesMoreThanTheLimit() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        let serialized = try SignedNote.sign(text: "body\n", signers: [log]).serialized()
        let extra = (0..<15).map { "\(Self.dash) w\($0).example \(Base64.encode([UInt8](repeating: UInt8($0), count: 68)))\n" }
        let sixteen = try SignedNote.parse(serialized + extra.joined())
        #expect(sixteen.signatures.count == 16)
        #expect(try sixteen.verify(with: [log.verifier]) == [log.verifier])

        let many = (0..<SignedNote.maximumSignatureCount).map { "\(Self.dash) w\($0).example \(Base64.encode([1, 2, 3, 4, 5]))\n" }
        #expect(throws: CheckpointError.tooManySignatures(limit: SignedNote.maximumSignatureCount)) {
            try SignedNote.parse(serialized + many.joined())
        }
    }

    @Test func textRulesAreEnforcedWhenSigning() throws {
        let log = try NoteSigner(name: "registry.example/log", privateKey: Ed25519PrivateKey.generate())
        #expect(throws: CheckpointError.emptyText) { try SignedNote.sign(text: "", signers: [log]) }
        #expect(throws: CheckpointError.textMissingFinalNewline) { try SignedNote.sign(text: "no newline", signers: [log]) }
        #expect(throws: CheckpointError.controlCharacter(offset: 4)) { try SignedNote.sign(text: "crlf\r\n", signers: [log]) }
        #expect(throws: CheckpointError.controlCharacter(offset: 3)) { try SignedNote.sign(text: "tab\there\n", signers: [log]) }
    }

    @Test func malformedNotesAreRefused() throws {
        let signature = "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM="
        let cases: [(String, CheckpointError)] = [
            ("This is an example message.\n\(Self.dash) example.com/foo \(signature)\n", .missingSignatureSeparator),
            ("This is an example message.\n\n\(Self.dash) example.com/foo \(signature)", .noteMissingFinalNewline),
            ("This is an example message.\n\n", .noSignatures),
            ("This is an example message.\n\n\(Self.dash) example.com/foo Uw2QOkn8!!\n", .invalidBase64(what: "signature by example.com/foo")),
            ("This is an example message.\n\n\(Self.dash) example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQN=\n",
             .invalidBase64(what: "signature by example.com/foo")),
            ("This is an example message.\n\n\(Self.dash) example.com/a+b \(signature)\n", .invalidKeyName("example.com/a+b")),
            ("This is an example message.\n\n\(Self.dash) example.com/\u{00A0}foo \(signature)\n", .invalidKeyName("example.com/\u{00A0}foo")),
            ("This is an example message.\n\n- example.com/foo \(signature)\n", .malformedSignatureLine("- example.com/foo \(signature)")),
            ("This is an example message.\n\n\u{2013} example.com/foo \(signature)\n", .malformedSignatureLine("\u{2013} example.com/foo \(signature)")),
            ("This is an example message.\n\n\(Self.dash)example.com/foo \(signature)\n", .malformedSignatureLine("\(Self.dash)example.com/foo \(signature)")),
            ("This is an example message.\n\n\(Self.dash) example.com/foo\n", .malformedSignatureLine("\(Self.dash) example.com/foo")),
            ("This is an example message.\n\n\(Self.dash) example.com/foo U3cQOg==\n", .malformedSignatureLine("\(Self.dash) example.com/foo U3cQOg==")),
            ("This is an example message.\r\n\n\(Self.dash) example.com/foo \(signature)\n", .controlCharacter(offset: 27)),
        ]
        for (serialized, expected) in cases {
            #expect(throws: expected, "\(serialized.debugDescription)") { try SignedNote.parse(serialized) }
        }
    }

    @Test func keyNameWithASpaceCannotBeParsed() {
        let error = #expect(throws: CheckpointError.self) {
            try SignedNote.parse("text\n\n\(Self.dash) example com U3cQOg==\n")
        }
        #expect(error == .invalidBase64(what: "signature by example"))
    }

    @Test func invalidUTF8IsRefusedRatherThanRepaired() throws {
        var bytes = Array(try exampleNote().utf8)
        bytes[3] = 0xFF
        #expect(throws: CheckpointError.invalidUTF8) { try SignedNote.parse(utf8: bytes) }
    }

    private func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8(value >> 16 & 0xff), UInt8(value >> 8 & 0xff), UInt8(value & 0xff)]
    }
}

private extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
