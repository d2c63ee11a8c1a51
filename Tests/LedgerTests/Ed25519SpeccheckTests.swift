import Foundation
import Testing
import Ledger

/// The twelve edge cases of the ed25519-speccheck project (small-order and
/// mixed-order keys and R values, S out of range, non-canonical encodings).
struct Ed25519SpeccheckTests {
    struct Case: Decodable {
        let message: String
        let pub_key: String
        let signature: String
    }

    static func cases() throws -> [Case] {
        try JSONDecoder().decode([Case].self, from: Data(Fixture.bytes("ed25519/ed25519-speccheck-cases.json")))
    }

    /// OpenSSL 3.0 verifies cofactorless and refuses S ≥ L and non-canonical A and R;
    /// these are its verdicts, V for accepted and X for refused.
    @Test func verdictsMatchOpenSSL30() throws {
        let cases = try Self.cases()
        try #require(cases.count == 12)
        var verdicts = ""
        for test in cases {
            let key = try Ed25519PublicKey(hex: test.pub_key)
            let signature = try Ed25519Signature(hex: test.signature)
            verdicts += key.isValidSignature(signature, for: try Hex.decode(test.message)) ? "V" : "X"
        }
        #expect(verdicts == "VVVVXXXXXXXV")
    }

    enum Classification {
        case accepted
        case refused(CryptoError)
    }

    /// Which keys registration refuses, and why. Cases 2, 3–5 and 8–9 use keys that
    /// are neither small order nor in the prime-order subgroup ([8]A ≠ 0 and
    /// [L]A ≠ 0), which an independent computation of [8]A and [L]A confirmed.
    @Test func registrationClassifiesEachCaseKey() throws {
        let expected: [String: Classification] = [
            "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa": .refused(.smallOrderPublicKey),
            "f7badec5b8abeaf699583992219b7b223f1df3fbbea919844e3f7c554a43dd43": .refused(.mixedOrderPublicKey),
            "cdb267ce40c5cd45306fa5d2f29731459387dbf9eb933b7bd5aed9a765b88d4d": .refused(.mixedOrderPublicKey),
            "442aad9f089ad9e14647b1ef9099a1ff4798d78589e66f28eca69c11f582a623": .accepted,
            "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff": .refused(.nonCanonicalPublicKey),
        ]
        for (index, test) in try Self.cases().enumerated() {
            let outcome = try #require(expected[test.pub_key], "case \(index): unexpected key \(test.pub_key)")
            let key = try Ed25519PublicKey(hex: test.pub_key)
            switch outcome {
            case .accepted:
                #expect(throws: Never.self, "case \(index)") { try key.checkSuitableForRegistration() }
            case let .refused(reason):
                #expect(throws: reason, "case \(index)") { try key.checkSuitableForRegistration() }
            }
        }
    }
}
