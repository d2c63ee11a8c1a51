import COpenSSL

/// Owns one `EVP_PKEY`. OpenSSL keys are immutable once built and safe to use from
/// several threads at once, which is why this reference may cross tasks.
final class OpenSSLKey: @unchecked Sendable {
    let pointer: OpaquePointer

    init(taking pointer: OpaquePointer) {
        self.pointer = pointer
    }

    deinit { EVP_PKEY_free(pointer) }

    static func ed25519(privateSeed seed: [UInt8]) throws(CryptoError) -> OpenSSLKey {
        guard let key = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nil, seed, seed.count) else {
            throw CryptoError.fromOpenSSL("Ed25519 private key import")
        }
        return OpenSSLKey(taking: key)
    }

    static func ed25519(publicBytes bytes: [UInt8]) throws(CryptoError) -> OpenSSLKey {
        guard let key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nil, bytes, bytes.count) else {
            throw CryptoError.fromOpenSSL("Ed25519 public key import")
        }
        return OpenSSLKey(taking: key)
    }

    func rawPrivateKey() throws(CryptoError) -> [UInt8] {
        var length = 32
        var out = [UInt8](repeating: 0, count: length)
        guard EVP_PKEY_get_raw_private_key(pointer, &out, &length) == 1, length == 32 else {
            throw CryptoError.fromOpenSSL("Ed25519 private key export")
        }
        return out
    }

    func rawPublicKey() throws(CryptoError) -> [UInt8] {
        var length = 32
        var out = [UInt8](repeating: 0, count: length)
        guard EVP_PKEY_get_raw_public_key(pointer, &out, &length) == 1, length == 32 else {
            throw CryptoError.fromOpenSSL("Ed25519 public key export")
        }
        return out
    }

    /// Writes the key as PEM through a memory BIO: PKCS#8 for private keys,
    /// SubjectPublicKeyInfo for public ones.
    func pem(includingPrivateKey: Bool) throws(CryptoError) -> String {
        guard let bio = BIO_new(BIO_s_mem()) else { throw CryptoError.fromOpenSSL("BIO allocation") }
        defer { BIO_free(bio) }
        let written = includingPrivateKey
            ? PEM_write_bio_PrivateKey(bio, pointer, nil, nil, 0, nil, nil)
            : PEM_write_bio_PUBKEY(bio, pointer)
        guard written == 1 else { throw CryptoError.fromOpenSSL("PEM export") }
        var data: UnsafeMutablePointer<CChar>?
        let length = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data)
        guard length > 0, let data else { throw CryptoError.fromOpenSSL("PEM export") }
        let bytes = UnsafeRawBufferPointer(start: data, count: length)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads a PEM document; refuses anything that is not an Ed25519 key of the requested kind.
    static func fromPEM(_ text: String, privateKey: Bool) throws(CryptoError) -> OpenSSLKey {
        let what = privateKey ? "Ed25519 private key (PKCS#8)" : "Ed25519 public key (SubjectPublicKeyInfo)"
        let bytes = Array(text.utf8)
        guard let bio = bytes.withUnsafeBytes({ BIO_new_mem_buf($0.baseAddress, Int32($0.count)) }) else {
            throw CryptoError.fromOpenSSL("BIO allocation")
        }
        defer { BIO_free(bio) }
        let key = privateKey
            ? PEM_read_bio_PrivateKey(bio, nil, nil, nil)
            : PEM_read_bio_PUBKEY(bio, nil, nil, nil)
        ERR_clear_error()
        guard let key else { throw CryptoError.invalidPEM(expected: what) }
        let wrapped = OpenSSLKey(taking: key)
        guard EVP_PKEY_get_id(key) == EVP_PKEY_ED25519 else { throw CryptoError.invalidPEM(expected: what) }
        return wrapped
    }
}
