import Ledger

/// What a password must be to be accepted, and how the node makes one up.
///
/// Length is the rule (NIST SP 800-63B): at least 12 characters, and at most 1024
/// bytes so that a request cannot make scrypt chew on megabytes. No composition
/// rules; a long passphrase is better than a short jumble.
public enum PasswordPolicy {
    public static let minimumCharacters = 12
    public static let maximumBytes = 1024

    public static func check(_ password: String) throws(AccountsError) {
        guard password.utf8.count <= maximumBytes else { throw .passwordTooLong(maximumBytes: maximumBytes) }
        guard password.count >= minimumCharacters else { throw .passwordTooShort(minimumCharacters: minimumCharacters) }
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// A random password of letters and digits (24 characters carry about 143 bits).
    public static func generate(length: Int = 24) throws -> String {
        var characters: [Character] = []
        characters.reserveCapacity(length)
        // 248 is the largest multiple of 62 that fits a byte: rejecting bytes above it
        // keeps every character equally likely.
        let limit = UInt8(256 / alphabet.count * alphabet.count)
        while characters.count < length {
            for byte in try SecureRandom.bytes(length) where byte < limit && characters.count < length {
                characters.append(alphabet[Int(byte) % alphabet.count])
            }
        }
        return String(characters)
    }
}
