import COpenSSL

/// An Ed25519 signing key held in memory through libcrypto.
///
/// Signing is RFC 8032 pure Ed25519 over the exact bytes given (no pre-hash).
/// Private keys reach disk only as PKCS#8 PEM through `KeyFile`, with mode 0600.
public struct Ed25519PrivateKey: Sendable {
    private let key: OpenSSLKey
    public let publicKey: Ed25519PublicKey

    /// A fresh key from OpenSSL's CSPRNG.
    public static func generate() throws(CryptoError) -> Ed25519PrivateKey {
        var seed = [UInt8](repeating: 0, count: 32)
        guard RAND_priv_bytes(&seed, Int32(seed.count)) == 1 else {
            throw CryptoError.fromOpenSSL("random key generation")
        }
        return try Ed25519PrivateKey(rawRepresentation: seed)
    }

    /// The 32-byte seed form of RFC 8032.
    public init(rawRepresentation seed: [UInt8]) throws(CryptoError) {
        guard seed.count == 32 else { throw .wrongLength(what: "Ed25519 private key", expected: 32, actual: seed.count) }
        key = try OpenSSLKey.ed25519(privateSeed: seed)
        publicKey = try Ed25519PublicKey(rawRepresentation: key.rawPublicKey())
    }

    public init(pemRepresentation text: String) throws(CryptoError) {
        key = try OpenSSLKey.fromPEM(text, privateKey: true)
        publicKey = try Ed25519PublicKey(rawRepresentation: key.rawPublicKey())
    }

    public func rawRepresentation() throws(CryptoError) -> [UInt8] {
        try key.rawPrivateKey()
    }

    public func pemRepresentation() throws(CryptoError) -> String {
        try key.pem(includingPrivateKey: true)
    }

    public func signature(for message: [UInt8]) throws(CryptoError) -> Ed25519Signature {
        let result = message.withUnsafeBytes { buffer in
            Result { () throws(CryptoError) in try signature(for: buffer) }
        }
        return try result.get()
    }

    public func signature(for message: UnsafeRawBufferPointer) throws(CryptoError) -> Ed25519Signature {
        guard let context = EVP_MD_CTX_new() else { throw CryptoError.fromOpenSSL("signing context allocation") }
        defer { EVP_MD_CTX_free(context) }
        guard EVP_DigestSignInit(context, nil, nil, nil, key.pointer) == 1 else {
            throw CryptoError.fromOpenSSL("Ed25519 signing")
        }
        var out = [UInt8](repeating: 0, count: Ed25519Signature.byteCount)
        var length = out.count
        let base = message.baseAddress?.assumingMemoryBound(to: UInt8.self)
        guard EVP_DigestSign(context, &out, &length, base, message.count) == 1, length == out.count else {
            throw CryptoError.fromOpenSSL("Ed25519 signing")
        }
        return Ed25519Signature(unchecked: out)
    }
}
