import Foundation
import Testing
@testable import Ledger

/// The worked example of docs/ledger-format.md §8 is real: a three-entry ledger made
/// with the RFC 8032 test key 1 and a fixed clock exports to exactly the fixture's
/// bytes, and the fixture verifies with nothing but its own contents.
@Suite struct WorkedExampleTests {
    static let nodeSeed = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"
    static let memberSeed = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"

    private func exampleExport() async throws -> [UInt8] {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let node = try Ed25519PrivateKey(rawRepresentation: Hex.decode(Self.nodeSeed))
        let member = try Ed25519PrivateKey(rawRepresentation: Hex.decode(Self.memberSeed))
        let start: Int64 = 1_795_000_000_000
        let ticks = ClockScript([start, start + 1_000, start + 2_000])
        let ledger = try await Ledger.create(at: directory.path("example.sqlite"), origin: "glocal.example/glazov",
                                             nodeKey: node, clock: { ticks.next() })
        let registration = try KeyRegistration(publicKey: member.publicKey, role: .member, holder: "mbr_0001", custodial: false)
        try await ledger.append(kind: .keyRegister, payload: registration.payload)
        try await ledger.append(kind: "ip.deposit", payload: [
            "asset": "ipa_0001", "holder": "mbr_0001",
            "document_sha256": .string(SHA256.hash(Array("Смарт-остановка: техническое описание".utf8)).hex),
        ], cosigners: [member])
        _ = try await LedgerExport.write(ledger, to: directory.path("example.jsonl"))
        return try [UInt8](Data(contentsOf: URL(fileURLWithPath: directory.path("example.jsonl"))))
    }

    @Test func theDocumentedExportIsWhatTheCodeProduces() async throws {
        let produced = try await exampleExport()
        if ProcessInfo.processInfo.environment["GLOCAL_WRITE_EXAMPLE"] == "1" {
            try Data(produced).write(to: URL(fileURLWithPath: "/tmp/glocal-example.jsonl"))
        }
        #expect(produced == (try Fixture.bytes("example/ledger.jsonl")))
    }

    @Test func theDocumentedExportVerifiesOnItsOwn() throws {
        let report = try ExportReader.verify(contentsOf: try Fixture.bytes("example/ledger.jsonl"))
        #expect(report.entries == 3)
        #expect(report.rootHash.hex == (try Fixture.text("example/root.txt")).trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test func aTamperedExportIsRefusedWithTheSeq() throws {
        let text = try Fixture.text("example/ledger.jsonl")
        let tampered = text.replacingOccurrences(of: "ipa_0001", with: "ipa_0002")
        #expect(throws: VerificationFailure.self) { try ExportReader.verify(contentsOf: Array(tampered.utf8)) }
        do {
            _ = try ExportReader.verify(contentsOf: Array(tampered.utf8))
        } catch let failure as VerificationFailure {
            #expect(failure.seq == 2)
        }
        var lines = text.split(separator: "\n").map(String.init)
        lines.remove(at: 2)
        #expect(throws: VerificationFailure.self) { try ExportReader.verify(contentsOf: Array((lines.joined(separator: "\n") + "\n").utf8)) }
    }

    @Test func anExportLineThatIsNotCanonicalIsRefusedWithItsSeq() throws {
        let lines = try Fixture.text("example/ledger.jsonl").split(separator: "\n").map(String.init)
        let spellings = [
            lines[3].replacingOccurrences(of: "{\"entry\":{\"author\"", with: "{\"entry\":{ \"author\""),
            lines[3].replacingOccurrences(of: "\"seq\":2", with: "\"seq\":2.0"),
            lines[3].replacingOccurrences(of: "\"hash\":", with: "\"hash\" :"),
            lines[3] + " ",
        ]
        for spelling in spellings {
            var tampered = lines
            tampered[3] = spelling
            #expect(throws: VerificationFailure.self) {
                try ExportReader.verify(contentsOf: Array((tampered.joined(separator: "\n") + "\n").utf8))
            }
            do {
                _ = try ExportReader.verify(contentsOf: Array((tampered.joined(separator: "\n") + "\n").utf8))
            } catch let failure as VerificationFailure {
                #expect(failure.seq == 2, "\(failure)")
            }
        }
    }
}
