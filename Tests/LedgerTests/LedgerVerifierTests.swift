import Testing
@testable import Ledger

/// The verifier names the first bad seq for every single-byte change of an entry.
@Suite struct LedgerVerifierTests {
    private func rows(entries: Int) async throws -> (rows: [RawEntryRow], anchor: Ed25519PublicKey, directory: TemporaryDirectory) {
        let directory = try TemporaryDirectory()
        let key = try Ed25519PrivateKey.generate()
        let ledger = try await Ledger.create(at: directory.path("ledger.sqlite"), origin: "glocal.test/verify", nodeKey: key)
        for index in 1..<entries {
            try await ledger.append(kind: "option.grant", payload: [
                "project": .string("prj_\(index)"), "units": .integer(Int64(index * 1000)), "holder": "mbr_7",
            ])
        }
        let database = try SQLiteConnection(path: directory.path("ledger.sqlite"), readOnly: true)
        return (try LedgerStore(database: database).rawEntries(from: 0, limit: entries), key.publicKey, directory)
    }

    private func verify(_ rows: [RawEntryRow], anchor: Ed25519PublicKey) -> VerificationFailure? {
        var verifier = LedgerVerifier(trustAnchor: anchor)
        do {
            for row in rows { try verifier.check(row) }
            _ = try verifier.finish()
            return nil
        } catch {
            return error
        }
    }

    @Test func everyByteOfAnEntryIsCovered() async throws {
        let (rows, anchor, directory) = try await rows(entries: 6)
        defer { directory.remove() }
        #expect(verify(rows, anchor: anchor) == nil)
        let target = 3
        for position in rows[target].body.indices {
            var tampered = rows
            var body = tampered[target].body
            body[position] ^= 0x01
            tampered[target] = RawEntryRow(seq: target, storedHash: SHA256.hash(body).bytes, body: body, signatures: rows[target].signatures)
            let failure = verify(tampered, anchor: anchor)
            #expect(failure?.seq == target, "byte \(position) changed: \(String(describing: failure))")
        }
    }

    @Test func everyBitOfEachSignatureIsCovered() async throws {
        let (rows, anchor, directory) = try await rows(entries: 4)
        defer { directory.remove() }
        for bit in stride(from: 0, to: 512, by: 7) {
            var tampered = rows
            var signature = rows[2].signatures[0].bytes
            signature[bit / 8] ^= UInt8(1 << (bit % 8))
            tampered[2].signatures = [RawSignature(keyID: rows[2].signatures[0].keyID, bytes: signature)]
            #expect(verify(tampered, anchor: anchor)?.seq == 2, "bit \(bit)")
        }
    }

    @Test func aForeignTrustAnchorFailsAtGenesis() async throws {
        let (rows, _, directory) = try await rows(entries: 3)
        defer { directory.remove() }
        let failure = verify(rows, anchor: try Ed25519PrivateKey.generate().publicKey)
        #expect(failure?.seq == 0)
    }

    @Test func missingSignaturesAndExtraSignersAreRefused() async throws {
        let (rows, anchor, directory) = try await rows(entries: 3)
        defer { directory.remove() }
        var unsigned = rows
        unsigned[1].signatures = []
        #expect(verify(unsigned, anchor: anchor)?.reason.contains("has not signed") == true)
        var doubled = rows
        doubled[2].signatures += rows[2].signatures
        #expect(verify(doubled, anchor: anchor)?.reason.contains("more than once") == true)
    }
}
