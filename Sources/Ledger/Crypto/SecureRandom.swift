import COpenSSL

/// Bytes from libcrypto's CSPRNG, for salts, session tokens and identifiers that must
/// not be guessable.
public enum SecureRandom {
    public static func bytes(_ count: Int) throws(CryptoError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard count > 0 else { return bytes }
        guard RAND_bytes(&bytes, Int32(count)) == 1 else { throw CryptoError.fromOpenSSL("random bytes") }
        return bytes
    }
}
