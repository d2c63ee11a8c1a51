import Testing
import Ledger

/// `checkSuitableForRegistration()` beyond the speccheck keys: the whole torsion
/// subgroup, non-canonical encodings, and honest keys.
struct PublicKeySuitabilityTests {
    /// The canonical encodings of the eight points of order dividing 8.
    static let smallOrderEncodings = [
        "0100000000000000000000000000000000000000000000000000000000000000",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "0000000000000000000000000000000000000000000000000000000000000000",
        "0000000000000000000000000000000000000000000000000000000000000080",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a",
        "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05",
        "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85",
    ]

    @Test(arguments: smallOrderEncodings)
    func smallOrderPointIsRefused(_ encoding: String) throws {
        let key = try Ed25519PublicKey(hex: encoding)
        #expect(throws: CryptoError.smallOrderPublicKey) { try key.checkSuitableForRegistration() }
    }

    /// y = p + 1 and y = 2^255 - 1 both exceed p; the first would otherwise be the identity.
    @Test(arguments: [
        "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
        "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff",
        "0100000000000000000000000000000000000000000000000000000000000080",
    ])
    func nonCanonicalEncodingIsRefused(_ encoding: String) throws {
        let key = try Ed25519PublicKey(hex: encoding)
        #expect(throws: CryptoError.nonCanonicalPublicKey) { try key.checkSuitableForRegistration() }
    }

    @Test func bytesOffTheCurveAreRefused() throws {
        // y = 2 gives x² = 3/(4d + 1), which is not a square modulo p.
        let key = try Ed25519PublicKey(hex: "0200000000000000000000000000000000000000000000000000000000000000")
        #expect(throws: CryptoError.notACurvePoint) { try key.checkSuitableForRegistration() }
    }

    @Test func honestKeyPlusTorsionIsRefused() throws {
        // RFC 8032 test 1's key plus the point of order 2, (x, y) + (0, -1) = (-x, -y):
        // it verifies its owner's signatures under some rules and not others.
        let honest = try Ed25519PublicKey(hex: "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(throws: Never.self) { try honest.checkSuitableForRegistration() }
        let shifted = try Ed25519PublicKey(hex: "16a567fe7d4ef5482ab4012c369bf8c5f11e8d0c2559dcda50fde59708f8aee5")
        #expect(throws: CryptoError.mixedOrderPublicKey) { try shifted.checkSuitableForRegistration() }
    }

    @Test func freshlyGeneratedKeysPass() throws {
        for _ in 0..<300 {
            let key = try Ed25519PrivateKey.generate()
            #expect(throws: Never.self) { try key.publicKey.checkSuitableForRegistration() }
        }
    }
}
