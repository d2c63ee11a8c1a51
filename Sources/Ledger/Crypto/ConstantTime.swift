import COpenSSL

/// Comparison of secrets whose duration does not depend on where they first differ,
/// so that a remote caller cannot learn a stored hash or token byte by byte.
public enum ConstantTime {
    /// True when both hold the same bytes. Lengths are compared first and openly:
    /// every secret compared here has a fixed, public length.
    public static func equal(_ lhs: [UInt8], _ rhs: [UInt8]) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard !lhs.isEmpty else { return true }
        return lhs.withUnsafeBytes { left in
            rhs.withUnsafeBytes { right in CRYPTO_memcmp(left.baseAddress, right.baseAddress, left.count) == 0 }
        }
    }
}
