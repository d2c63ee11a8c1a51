import Ledger

/// A stored password: scrypt parameters, salt and output in one self-describing
/// string, `$scrypt$ln=17,r=8,p=1$<salt>$<hash>` (base64 without padding, as in the
/// PHC string format).
///
/// Verification uses the parameters stored with the hash, so the node can raise its
/// cost later and still check older hashes (and replace them on the next login).
struct PasswordHash: Hashable, Sendable {
    static let saltBytes = 16
    static let hashBytes = 32

    let parameters: ScryptParameters
    let salt: [UInt8]
    let hash: [UInt8]

    init(parameters: ScryptParameters, salt: [UInt8], hash: [UInt8]) {
        self.parameters = parameters
        self.salt = salt
        self.hash = hash
    }

    /// Derives a fresh hash with a new random salt. Blocks for one scrypt.
    static func derive(password: [UInt8], parameters: ScryptParameters) throws -> PasswordHash {
        let salt = try SecureRandom.bytes(saltBytes)
        let hash = try Scrypt.derive(password: password, salt: salt, parameters: parameters, length: hashBytes)
        return PasswordHash(parameters: parameters, salt: salt, hash: hash)
    }

    /// A hash no password matches, with the cost of a real one: checked against when
    /// the email is unknown, so that both failures take the same time.
    static func decoy(parameters: ScryptParameters) throws -> PasswordHash {
        PasswordHash(parameters: parameters, salt: try SecureRandom.bytes(saltBytes), hash: try SecureRandom.bytes(hashBytes))
    }

    /// Runs scrypt with the stored parameters and compares in constant time. Blocks for one scrypt.
    func matches(_ password: [UInt8]) throws -> Bool {
        let candidate = try Scrypt.derive(password: password, salt: salt, parameters: parameters, length: hash.count)
        return ConstantTime.equal(candidate, hash)
    }

    var encoded: String {
        "$scrypt$\(parameters)$\(Self.unpadded(salt))$\(Self.unpadded(hash))"
    }

    /// Reads what `encoded` writes; nil for anything else, including parameters above
    /// `ScryptParameters.maximumMemoryBytes`.
    init?(encoded text: String) {
        let fields = text.split(separator: "$", omittingEmptySubsequences: false)
        guard fields.count == 5, fields[0].isEmpty, fields[1] == "scrypt",
              let parameters = Self.parameters(fields[2]),
              let salt = Self.bytes(fields[3]), salt.count >= 8,
              let hash = Self.bytes(fields[4]), hash.count >= 16
        else { return nil }
        self.init(parameters: parameters, salt: salt, hash: hash)
    }

    private static func parameters(_ field: Substring) -> ScryptParameters? {
        var values: [Substring: Int] = [:]
        for pair in field.split(separator: ",") {
            let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2, let value = Int(parts[1]), values[parts[0]] == nil else { return nil }
            values[parts[0]] = value
        }
        guard values.count == 3, let ln = values["ln"], let r = values["r"], let p = values["p"] else { return nil }
        return try? ScryptParameters(costExponent: ln, blockSize: r, parallelism: p)
    }

    private static func unpadded(_ bytes: [UInt8]) -> String {
        String(Base64.encode(bytes).prefix { $0 != "=" })
    }

    private static func bytes(_ field: Substring) -> [UInt8]? {
        guard !field.contains("=") else { return nil }
        let padding = String(repeating: "=", count: (4 - field.utf8.count % 4) % 4)
        return Base64.decode(String(field) + padding)
    }
}
