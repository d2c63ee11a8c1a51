import Testing
import Ledger

/// The checkpoint body of c2sp.org/tlog-checkpoint v1.0.0 and its strict parsing.
struct CheckpointTests {
    static let root = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="

    @Test func bodyHasTheSpecifiedLayout() throws {
        let root = try SHA256Digest(bytes: Array(0..<32))
        let checkpoint = try Checkpoint(origin: "registry.example/log", size: 5, rootHash: root)
        #expect(checkpoint.body == "registry.example/log\n5\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\n")
        let extended = try Checkpoint(origin: "registry.example/log", size: 0, rootHash: root, extensionLines: ["ext one", "ext two"])
        #expect(extended.body.hasSuffix("\n0\nAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\next one\next two\n"))
    }

    @Test func bodyRoundTrips() throws {
        let root = SHA256.hash(Array("tree".utf8))
        for checkpoint in [
            try Checkpoint(origin: "registry.example/log", size: 0, rootHash: root),
            try Checkpoint(origin: "registry.example/log", size: Int.max, rootHash: root),
            try Checkpoint(origin: "origin with spaces+plus", size: 42, rootHash: root, extensionLines: ["opaque — extension"]),
        ] {
            let parsed = try Checkpoint(parsing: checkpoint.body)
            #expect(parsed == checkpoint)
            #expect(parsed.body == checkpoint.body)
        }
    }

    @Test func specExampleBodyParses() throws {
        let note = try SignedNote.parse(Fixture.text("c2sp/behind-the-sofa.checkpoint"))
        let checkpoint = try Checkpoint(parsing: note.text)
        #expect(checkpoint.origin == "example.com/behind-the-sofa")
        #expect(checkpoint.size == 20_852_163)
        #expect(Base64.encode(checkpoint.rootHash.bytes) == Self.root)
        #expect(checkpoint.extensionLines.isEmpty)
        #expect(checkpoint.body == note.text)
    }

    @Test(arguments: ["007", "00", "-1", "+1", " 1", "1 ", "", "1e3", "0x10", "٣",
                      "9223372036854775808", "18446744073709551616", "99999999999999999999999"])
    func invalidTreeSizeIsRefused(_ size: String) {
        #expect(throws: CheckpointError.invalidTreeSize(size)) {
            try Checkpoint(parsing: "registry.example/log\n\(size)\n\(Self.root)\n")
        }
    }

    @Test func rootMustBeExactly32BytesOfCanonicalBase64() throws {
        let short = Base64.encode([UInt8](repeating: 1, count: 31))
        let long = Base64.encode([UInt8](repeating: 1, count: 33))
        #expect(throws: CheckpointError.invalidRootHash("must be 32 bytes, got 31")) {
            try Checkpoint(parsing: "registry.example/log\n1\n\(short)\n")
        }
        #expect(throws: CheckpointError.invalidRootHash("must be 32 bytes, got 33")) {
            try Checkpoint(parsing: "registry.example/log\n1\n\(long)\n")
        }
        #expect(throws: CheckpointError.invalidRootHash("is not canonical standard base64")) {
            try Checkpoint(parsing: "registry.example/log\n1\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2J=\n")
        }
        #expect(throws: CheckpointError.invalidRootHash("is not canonical standard base64")) {
            try Checkpoint(parsing: "registry.example/log\n1\nCsUYapGGPo4dkMgIAUqom_Xajj7h2fB2MPA3j2jxq2I=\n")
        }
    }

    @Test func structuralErrorsAreRefused() {
        let cases: [(String, CheckpointError)] = [
            ("\n1\n\(Self.root)\n", .emptyOrigin),
            ("registry.example/log\n1\n\(Self.root)", .checkpointMissingFinalNewline),
            ("", .checkpointMissingFinalNewline),
            ("registry.example/log\n1\n", .missingCheckpointLines(found: 2)),
            ("registry.example/log\n1\n\(Self.root)\n\n", .emptyExtensionLine(lineNumber: 4)),
            ("registry.example/log\n1\n\(Self.root)\next\n\nmore\n", .emptyExtensionLine(lineNumber: 5)),
            ("registry.example/log\r\n1\n\(Self.root)\n", .invalidOrigin("registry.example/log\r")),
        ]
        for (body, expected) in cases {
            #expect(throws: expected, "\(body.debugDescription)") { try Checkpoint(parsing: body) }
        }
    }

    @Test func constructionChecksTheSameRules() throws {
        let root = SHA256.hash([])
        #expect(throws: CheckpointError.emptyOrigin) { try Checkpoint(origin: "", size: 1, rootHash: root) }
        #expect(throws: CheckpointError.invalidOrigin("a\nb")) { try Checkpoint(origin: "a\nb", size: 1, rootHash: root) }
        #expect(throws: CheckpointError.invalidTreeSize("-1")) { try Checkpoint(origin: "a", size: -1, rootHash: root) }
        #expect(throws: CheckpointError.emptyExtensionLine(lineNumber: 4)) {
            try Checkpoint(origin: "a", size: 1, rootHash: root, extensionLines: [""])
        }
        #expect(throws: CheckpointError.invalidExtensionLine(lineNumber: 5)) {
            try Checkpoint(origin: "a", size: 1, rootHash: root, extensionLines: ["ok", "two\nlines"])
        }
    }
}
