/// Names a registered Ed25519 key in ledger entries: the lowercase hex SHA-256 of the
/// key's 32 raw bytes. Anyone holding the public key can recompute it.
public struct KeyID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let hex: String

    public init(publicKey: Ed25519PublicKey) {
        hex = SHA256.hash(publicKey.rawRepresentation).hex
    }

    /// Accepts only the 64-character lowercase form, so one key has one spelling.
    public init(hex: String) throws(CryptoError) {
        let digits = Array(hex.utf8)
        let valid = digits.count == 64 && digits.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
        }
        guard valid else { throw .invalidHex(hex) }
        self.hex = hex
    }

    public var description: String { hex }
    public static func < (lhs: KeyID, rhs: KeyID) -> Bool { lhs.hex < rhs.hex }
}
