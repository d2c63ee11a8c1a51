import Testing
@testable import Ledger

/// Known answers, by IEEE-754 bit pattern, for ECMA-262 Number::toString as RFC 8785 uses it.
/// The first seven are the sample lines of the RFC 8785 test data README; the rest probe each
/// branch of the algorithm and its boundaries.
private let knownAnswers: [KnownAnswer] = [
    KnownAnswer(bits: 0x4340_0000_0000_0001, expected: "9007199254740994"),
    KnownAnswer(bits: 0x4340_0000_0000_0002, expected: "9007199254740996"),
    KnownAnswer(bits: 0x444B_1AE4_D6E2_EF50, expected: "1e+21"),
    KnownAnswer(bits: 0x3EB0_C6F7_A0B5_ED8D, expected: "0.000001"),
    KnownAnswer(bits: 0x3EB0_C6F7_A0B5_ED8C, expected: "9.999999999999997e-7"),
    KnownAnswer(bits: 0x8000_0000_0000_0000, expected: "0"),
    KnownAnswer(bits: 0x0000_0000_0000_0000, expected: "0"),
    // Largest double below 1e21: the last one written without an exponent.
    KnownAnswer(bits: 0x444B_1AE4_D6E2_EF4F, expected: "999999999999999900000"),
    KnownAnswer(bits: 0x441A_C53A_7E04_BCDA, expected: "123456789012345680000"),
    KnownAnswer(bits: 0x4415_AF1D_78B5_8C40, expected: "100000000000000000000"),
    KnownAnswer(bits: 0x4340_0000_0000_0000, expected: "9007199254740992"),
    KnownAnswer(bits: 0x433F_FFFF_FFFF_FFFF, expected: "9007199254740991"),
    KnownAnswer(bits: 0x3FF0_0000_0000_0000, expected: "1"),
    KnownAnswer(bits: 0xBFF0_0000_0000_0000, expected: "-1"),
    KnownAnswer(bits: 0x4059_0000_0000_0000, expected: "100"),
    KnownAnswer(bits: 0xC00C_0000_0000_0000, expected: "-3.5"),
    KnownAnswer(bits: 0x4011_6666_6666_6666, expected: "4.35"),
    KnownAnswer(bits: 0x41B3_DE43_5555_5555, expected: "333333333.3333333"),
    KnownAnswer(bits: 0x4314_3FF3_C1CB_0959, expected: "1424953923781206.2"),
    KnownAnswer(bits: 0x3FF0_0000_0000_0001, expected: "1.0000000000000002"),
    KnownAnswer(bits: 0x3FB9_9999_9999_999A, expected: "0.1"),
    KnownAnswer(bits: 0x3FD3_3333_3333_3334, expected: "0.30000000000000004"),
    KnownAnswer(bits: 0x3F60_624D_D2F1_A9FC, expected: "0.002"),
    KnownAnswer(bits: 0x3EE4_F8B5_88E3_68F1, expected: "0.00001"),
    KnownAnswer(bits: 0x3EB4_B3FD_5942_CD96, expected: "0.000001234"),
    // Below 1e-6 the exponent form takes over.
    KnownAnswer(bits: 0x3E7A_D7F2_9ABC_AF48, expected: "1e-7"),
    KnownAnswer(bits: 0x3E80_8FFD_E102_3E12, expected: "1.234e-7"),
    KnownAnswer(bits: 0x3A53_CE9A_36F2_3C10, expected: "1e-27"),
    KnownAnswer(bits: 0x4629_3E59_39A0_8CEA, expected: "1e+30"),
    KnownAnswer(bits: 0x44B5_2D02_C7E1_4AF5, expected: "9.999999999999997e+22"),
    KnownAnswer(bits: 0x44B5_2D02_C7E1_4AF6, expected: "1e+23"),
    KnownAnswer(bits: 0x44B5_2D02_C7E1_4AF7, expected: "1.0000000000000001e+23"),
    KnownAnswer(bits: 0x7E41_EB2D_6600_5835, expected: "1.5e+300"),
    KnownAnswer(bits: 0x7FEF_FFFF_FFFF_FFFF, expected: "1.7976931348623157e+308"),
    KnownAnswer(bits: 0xFFEF_FFFF_FFFF_FFFF, expected: "-1.7976931348623157e+308"),
    KnownAnswer(bits: 0x0010_0000_0000_0000, expected: "2.2250738585072014e-308"),
    KnownAnswer(bits: 0x000F_FFFF_FFFF_FFFF, expected: "2.225073858507201e-308"),
    KnownAnswer(bits: 0x0000_0000_0000_0001, expected: "5e-324"),
]

@Test(arguments: knownAnswers)
func doublesAreWrittenAsECMAScriptNumberToString(answer: KnownAnswer) {
    #expect(ECMAScriptNumber.string(Double(bitPattern: answer.bits)) == answer.expected)
}

struct KnownAnswer: Sendable, CustomTestStringConvertible {
    let bits: UInt64
    let expected: String

    var testDescription: String { "0x\(String(bits, radix: 16)) → \(expected)" }
}

/// RFC 8785's README publishes SHA-256 hashes of the first N lines `hex-bits,expected\n` of a
/// deterministic sequence of doubles; matching the hash checks every one of those numbers.
@Test func numberSequenceFromRFC8785TestDataHashesToThePublishedValue() {
    var sequence = RFC8785NumberSequence()
    var hasher = SHA256()
    var line: [UInt8] = []
    for _ in 0..<100_000 {
        let bits = sequence.next()
        line.removeAll(keepingCapacity: true)
        line.append(contentsOf: String(bits, radix: 16).utf8)
        line.append(UInt8(ascii: ","))
        ECMAScriptNumber.append(Double(bitPattern: bits), to: &line)
        line.append(UInt8(ascii: "\n"))
        hasher.update(line)
    }
    #expect(hasher.finalize().hex == "22776e6d4b49fa294a0d0f349268e5c28808fe7e0cb2bcbe28f63894e494d4c7")
}

/// The generator described in the RFC 8785 test data README: fixed edge cases, then 2000
/// consecutive doubles from the smallest normal upward, then doubles read from a SHA-256 chain.
private struct RFC8785NumberSequence {
    private static let edgeCases: [UInt64] = [
        0x0000000000000000, 0x8000000000000000, 0x0000000000000001, 0x8000000000000001,
        0xc46696695dbd1cc3, 0xc43211ede4974a35, 0xc3fce97ca0f21056, 0xc3c7213080c1a6ac,
        0xc39280f39a348556, 0xc35d9b1f5d20d557, 0xc327af4c4a80aaac, 0xc2f2f2a36ecd5556,
        0xc2be51057e155558, 0xc28840d131aaaaac, 0xc253670dc1555557, 0xc21f0b4935555557,
        0xc1e8d5d42aaaaaac, 0xc1b3de4355555556, 0xc17fca0555555556, 0xc1496e6aaaaaaaab,
        0xc114585555555555, 0xc0e046aaaaaaaaab, 0xc0aa0aaaaaaaaaaa, 0xc074d55555555555,
        0xc040aaaaaaaaaaab, 0xc00aaaaaaaaaaaab, 0xbfd5555555555555, 0xbfa1111111111111,
        0xbf6b4e81b4e81b4f, 0xbf35d867c3ece2a5, 0xbf0179ec9cbd821e, 0xbecbf647612f3696,
        0xbe965e9f80f29212, 0xbe61e54c672874db, 0xbe2ca213d840baf8, 0xbdf6e80fe033c8c6,
        0xbdc2533fe68fd3d2, 0xbd8d51ffd74c861c, 0xbd5774ccac3d3817, 0xbd22c3d6f030f9ac,
        0xbcee0624b3818f79, 0xbcb804ea293472c7, 0xbc833721ba905bd3, 0xbc4ebe9c5db3c61e,
        0xbc18987d17c304e5, 0xbbe3ad30dfcf371d, 0xbbaf7b816618582f, 0xbb792f9ab81379bf,
        0xbb442615600f9499, 0xbb101e77800c76e1, 0xbad9ca58cce0be35, 0xbaa4a1e0a3e6fe90,
        0xba708180831f320d, 0xba3a68cd9e985016, 0x446696695dbd1cc3, 0x443211ede4974a35,
        0x43fce97ca0f21056, 0x43c7213080c1a6ac, 0x439280f39a348556, 0x435d9b1f5d20d557,
        0x4327af4c4a80aaac, 0x42f2f2a36ecd5556, 0x42be51057e155558, 0x428840d131aaaaac,
        0x4253670dc1555557, 0x421f0b4935555557, 0x41e8d5d42aaaaaac, 0x41b3de4355555556,
        0x417fca0555555556, 0x41496e6aaaaaaaab, 0x4114585555555555, 0x40e046aaaaaaaaab,
        0x40aa0aaaaaaaaaaa, 0x4074d55555555555, 0x4040aaaaaaaaaaab, 0x400aaaaaaaaaaaab,
        0x3fd5555555555555, 0x3fa1111111111111, 0x3f6b4e81b4e81b4f, 0x3f35d867c3ece2a5,
        0x3f0179ec9cbd821e, 0x3ecbf647612f3696, 0x3e965e9f80f29212, 0x3e61e54c672874db,
        0x3e2ca213d840baf8, 0x3df6e80fe033c8c6, 0x3dc2533fe68fd3d2, 0x3d8d51ffd74c861c,
        0x3d5774ccac3d3817, 0x3d22c3d6f030f9ac, 0x3cee0624b3818f79, 0x3cb804ea293472c7,
        0x3c833721ba905bd3, 0x3c4ebe9c5db3c61e, 0x3c18987d17c304e5, 0x3be3ad30dfcf371d,
        0x3baf7b816618582f, 0x3b792f9ab81379bf, 0x3b442615600f9499, 0x3b101e77800c76e1,
        0x3ad9ca58cce0be35, 0x3aa4a1e0a3e6fe90, 0x3a708180831f320d, 0x3a3a68cd9e985016,
        0x4024000000000000, 0x4014000000000000, 0x3fe0000000000000, 0x3fa999999999999a,
        0x3f747ae147ae147b, 0x3f40624dd2f1a9fc, 0x3f0a36e2eb1c432d, 0x3ed4f8b588e368f1,
        0x3ea0c6f7a0b5ed8d, 0x3e6ad7f29abcaf48, 0x3e35798ee2308c3a, 0x3ed539223589fa95,
        0x3ed4ff26cd5a7781, 0x3ed4f95a762283ff, 0x3ed4f8c60703520c, 0x3ed4f8b72f19cd0d,
        0x3ed4f8b5b31c0c8d, 0x3ed4f8b58d1c461a, 0x3ed4f8b5894f7f0e, 0x3ed4f8b588ee37f3,
        0x3ed4f8b588e47da4, 0x3ed4f8b588e3849c, 0x3ed4f8b588e36bb5, 0x3ed4f8b588e36937,
        0x3ed4f8b588e368f8, 0x3ed4f8b588e368f1, 0x3ff0000000000000, 0xbff0000000000000,
        0xbfeffffffffffffa, 0xbfeffffffffffffb, 0x3feffffffffffffa, 0x3feffffffffffffb,
        0x3feffffffffffffc, 0x3feffffffffffffe, 0xbfefffffffffffff, 0xbfefffffffffffff,
        0x3fefffffffffffff, 0x3fefffffffffffff, 0x3fd3333333333332, 0x3fd3333333333333,
        0x3fd3333333333334, 0x0010000000000000, 0x000ffffffffffffd, 0x000fffffffffffff,
        0x7fefffffffffffff, 0xffefffffffffffff, 0x4340000000000000, 0xc340000000000000,
        0x4430000000000000, 0x44b52d02c7e14af5, 0x44b52d02c7e14af6, 0x44b52d02c7e14af7,
        0x444b1ae4d6e2ef4e, 0x444b1ae4d6e2ef4f, 0x444b1ae4d6e2ef50, 0x3eb0c6f7a0b5ed8c,
        0x3eb0c6f7a0b5ed8d, 0x41b3de4355555553, 0x41b3de4355555554, 0x41b3de4355555555,
        0x41b3de4355555556, 0x41b3de4355555557, 0xbecbf647612f3696, 0x43143ff3c1cb0959,
    ]
    private static let consecutiveCount: UInt64 = 2000

    private var index: UInt64 = 0
    private var block = [UInt8](repeating: 0, count: 32)
    private var unread: ArraySlice<UInt64> = []

    mutating func next() -> UInt64 {
        defer { index += 1 }
        let edgeCount = UInt64(Self.edgeCases.count)
        if index < edgeCount {
            return Self.edgeCases[Int(index)]
        }
        if index < edgeCount + Self.consecutiveCount {
            return 0x0010_0000_0000_0000 + index - edgeCount
        }
        while true {
            if unread.isEmpty {
                block = SHA256.hash(block).bytes
                unread = ArraySlice((0..<4).map { word in
                    (0..<8).reduce(UInt64(0)) { value, byte in value | UInt64(block[word * 8 + byte]) << (8 * byte) }
                })
            }
            let bits = unread.removeFirst()
            let value = Double(bitPattern: bits)
            if value != 0, value.isFinite { return bits }
        }
    }
}
