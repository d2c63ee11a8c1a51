import Ledger

/// The bearer secrets accounts hand out (session tokens, CSRF tokens, API tokens):
/// 256 random bits in base64url after a fixed prefix, shown to their holder once and
/// stored only as their SHA-256.
///
/// A hash suffices (no salt, no scrypt) because the secret is random and long: there
/// is nothing to guess, and a stolen table of hashes opens no session.
enum SecretToken {
    static let randomBytes = 32
    /// 32 bytes in base64url without padding.
    static let encodedLength = 43

    static func generate(prefix: String = "") throws -> String {
        let base64 = Base64.encode(try SecureRandom.bytes(randomBytes))
        let url = base64.compactMap { character -> Character? in
            switch character {
            case "+": return "-"
            case "/": return "_"
            case "=": return nil
            default: return character
            }
        }
        return prefix + String(url)
    }

    /// True when `token` has the shape `generate(prefix:)` gives; anything else is
    /// refused before it is hashed or looked up.
    static func isWellFormed(_ token: String, prefix: String = "") -> Bool {
        guard token.hasPrefix(prefix) else { return false }
        let body = token.utf8.dropFirst(prefix.utf8.count)
        return body.count == encodedLength && body.allSatisfy { byte in
            (48...57).contains(byte) || (65...90).contains(byte) || (97...122).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
        }
    }

    /// What the database keeps instead of the token.
    static func digest(_ token: String) -> [UInt8] {
        SHA256.hash(Array(token.utf8)).bytes
    }
}
