import COpenSSL

/// MD5 through libcrypto, for formats that name files by it (the Open Cap Table Format's
/// manifest). Never for anything that must resist an adversary: MD5 collisions are cheap.
public enum MD5 {
    /// The 32-character lowercase hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        var out = [UInt8](repeating: 0, count: 16)
        var length: UInt32 = 0
        let done = bytes.withUnsafeBytes { buffer in
            EVP_Digest(buffer.baseAddress, buffer.count, &out, &length, EVP_md5(), nil)
        }
        // EVP_Digest fails only when memory is exhausted or MD5 is disabled by a FIPS policy.
        precondition(done == 1, "libcrypto could not compute MD5")
        return Hex.encode(out)
    }
}
