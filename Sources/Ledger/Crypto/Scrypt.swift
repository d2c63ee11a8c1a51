import COpenSSL

/// scrypt (RFC 7914) through libcrypto's `EVP_PBE_scrypt`: the memory-hard key
/// derivation that turns a password into something costly to guess offline.
///
/// A derivation blocks its thread for as long as the parameters ask (a few tenths of
/// a second at `ScryptParameters.owaspMinimum`); callers on Swift's cooperative pool
/// should run it elsewhere.
public enum Scrypt {
    public static func derive(password: [UInt8], salt: [UInt8], parameters: ScryptParameters,
                              length: Int) throws(CryptoError) -> [UInt8] {
        guard (1...1024).contains(length) else {
            throw .invalidScryptParameters(reason: "output length must be 1…1024 bytes, got \(length)")
        }
        var key = [UInt8](repeating: 0, count: length)
        let status = password.withUnsafeBytes { passwordBytes in
            salt.withUnsafeBufferPointer { saltBytes in
                key.withUnsafeMutableBufferPointer { keyBytes in
                    EVP_PBE_scrypt(passwordBytes.baseAddress?.assumingMemoryBound(to: CChar.self), passwordBytes.count,
                                   saltBytes.baseAddress, saltBytes.count,
                                   parameters.cost, UInt64(parameters.blockSize), UInt64(parameters.parallelism),
                                   parameters.memoryBytes, keyBytes.baseAddress, keyBytes.count)
                }
            }
        }
        guard status == 1 else { throw CryptoError.fromOpenSSL("scrypt (\(parameters))") }
        return key
    }
}
