import COpenSSL

/// An Ed25519 verification key: its 32-byte RFC 8032 encoding and a libcrypto handle.
///
/// `isValidSignature` is OpenSSL's RFC 8032 verification (cofactorless, refusing
/// non-canonical R and S ≥ L). Keys that enter the ledger must also pass
/// `checkSuitableForRegistration()`, which refuses the encodings on which
/// independent verifiers are known to disagree.
public struct Ed25519PublicKey: Hashable, Sendable {
    public let rawRepresentation: [UInt8]
    private let key: OpenSSLKey

    public init(rawRepresentation bytes: [UInt8]) throws(CryptoError) {
        guard bytes.count == 32 else { throw .wrongLength(what: "Ed25519 public key", expected: 32, actual: bytes.count) }
        rawRepresentation = bytes
        key = try OpenSSLKey.ed25519(publicBytes: bytes)
    }

    public init(hex: String) throws(CryptoError) {
        try self.init(rawRepresentation: Hex.decode(hex))
    }

    public init(pemRepresentation text: String) throws(CryptoError) {
        let parsed = try OpenSSLKey.fromPEM(text, privateKey: false)
        rawRepresentation = try parsed.rawPublicKey()
        key = parsed
    }

    public func pemRepresentation() throws(CryptoError) -> String {
        try key.pem(includingPrivateKey: false)
    }

    public var hex: String { Hex.encode(rawRepresentation) }
    public var keyID: KeyID { KeyID(publicKey: self) }

    public func isValidSignature(_ signature: Ed25519Signature, for message: [UInt8]) -> Bool {
        message.withUnsafeBytes { isValidSignature(signature, for: $0) }
    }

    public func isValidSignature(_ signature: Ed25519Signature, for message: UnsafeRawBufferPointer) -> Bool {
        guard let context = EVP_MD_CTX_new() else { return false }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestVerifyInit(context, nil, nil, nil, key.pointer) == 1 else {
            ERR_clear_error()
            return false
        }
        let base = message.baseAddress?.assumingMemoryBound(to: UInt8.self)
        let verdict = EVP_DigestVerify(context, signature.bytes, signature.bytes.count, base, message.count)
        if verdict != 1 { ERR_clear_error() }
        return verdict == 1
    }

    public static func == (lhs: Ed25519PublicKey, rhs: Ed25519PublicKey) -> Bool {
        lhs.rawRepresentation == rhs.rawRepresentation
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawRepresentation)
    }
}

extension Ed25519PublicKey {
    /// Refuses keys that must never be registered: non-canonical encodings, points
    /// of small order, and points with a torsion component. For every other key,
    /// cofactored and cofactorless verifiers reach the same verdict on honest
    /// signatures, and no signature verifies for every message.
    public func checkSuitableForRegistration() throws(CryptoError) {
        try Edwards25519Point.checkPrimeOrder(encoding: rawRepresentation)
    }
}
