import Testing
import Ledger

/// scrypt through libcrypto: RFC 7914 §12 known answers, the raised memory limit, and
/// the refusal of costs beyond what the node allows.
struct ScryptTests {
    private static func hex(_ spaced: String) -> String {
        spaced.split(whereSeparator: \.isWhitespace).joined()
    }

    /// RFC 7914 §12, vectors 1–3. Vector 4 (N = 2^20, 1 GiB) is left out: too heavy for a test run.
    @Test(arguments: [
        ("", "", 4, 1, 1, """
            77 d6 57 62 38 65 7b 20 3b 19 ca 42 c1 8a 04 97
            f1 6b 48 44 e3 07 4a e8 df df fa 3f ed e2 14 42
            fc d0 06 9d ed 09 48 f8 32 6a 75 3a 0f c8 1f 17
            e8 d3 e0 fb 2e 0d 36 28 cf 35 e2 0c 38 d1 89 06
            """),
        ("password", "NaCl", 10, 8, 16, """
            fd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe
            7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37 31 62
            2e af 30 d9 2e 22 a3 88 6f f1 09 27 9d 98 30 da
            c7 27 af b9 4a 83 ee 6d 83 60 cb df a2 cc 06 40
            """),
        ("pleaseletmein", "SodiumChloride", 14, 8, 1, """
            70 23 bd cb 3a fd 73 48 46 1c 06 cd 81 fd 38 eb
            fd a8 fb ba 90 4f 8e 3e a9 b5 43 f6 54 5d a1 f2
            d5 43 29 55 61 3f 0f cf 62 d4 97 05 24 2a 9a f9
            e6 1e 85 dc 0d 65 1e 40 df cf 01 7b 45 57 58 87
            """),
    ])
    func rfc7914Vector(_ password: String, _ salt: String, _ costExponent: Int, _ r: Int, _ p: Int, _ expected: String) throws {
        let parameters = try ScryptParameters(costExponent: costExponent, blockSize: r, parallelism: p)
        let key = try Scrypt.derive(password: Array(password.utf8), salt: Array(salt.utf8), parameters: parameters, length: 64)
        #expect(Hex.encode(key) == Self.hex(expected))
    }

    /// OWASP's cost needs 128 MiB, four times libcrypto's default `maxmem`: the wrapper
    /// must raise the limit. The expected bytes were computed with Python's
    /// `hashlib.scrypt` and Node's `crypto.scryptSync` (maxmem raised), which agree.
    @Test func owaspCostRunsWithinTheRaisedMemoryLimit() throws {
        let parameters = ScryptParameters.owaspMinimum
        #expect(parameters.memoryBytes > 32 << 20)
        let key = try Scrypt.derive(password: Array("pleaseletmein".utf8), salt: Array("SodiumChloride".utf8),
                                    parameters: parameters, length: 64)
        #expect(Hex.encode(key) == """
            2f10fcda14532d6543334cd899776407ff0ae879c370372de5b4e39d4d2d21ed\
            cd5d7f191f94407a6f2e8a2430a1258f2e653c55e40531318baafdda82c60cd4
            """)
    }

    @Test func costsBeyondTheMemoryCapAreRefusedBeforeAnyWork() {
        #expect(throws: CryptoError.self) { try ScryptParameters(costExponent: 20, blockSize: 8, parallelism: 1) }
        #expect(throws: CryptoError.self) { try ScryptParameters(costExponent: 0, blockSize: 8, parallelism: 1) }
        #expect(throws: CryptoError.self) { try ScryptParameters(costExponent: 10, blockSize: 0, parallelism: 1) }
        #expect(throws: CryptoError.self) {
            try Scrypt.derive(password: [], salt: [], parameters: .owaspMinimum, length: 0)
        }
    }

    @Test func constantTimeEqualityComparesContentAndLength() {
        #expect(ConstantTime.equal([1, 2, 3], [1, 2, 3]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.equal([1, 2, 3], [1, 2]))
        #expect(ConstantTime.equal([], []))
    }

    @Test func secureRandomBytesDifferBetweenCalls() throws {
        let first = try SecureRandom.bytes(32)
        #expect(first.count == 32)
        #expect(first != (try SecureRandom.bytes(32)))
        #expect(try SecureRandom.bytes(0).isEmpty)
    }
}
