/// A trusted Ed25519 key for signed notes: the key name, the public key and the
/// 32-bit key ID that signature lines use to point at it.
///
/// The key ID here is the note key ID of c2sp.org/signed-note, four bytes of a
/// hash over name and key; it is unrelated to the ledger's `KeyID`.
public struct NoteVerifier: Sendable, Hashable {
    /// The signature type byte c2sp.org/signed-note assigns to Ed25519.
    static let ed25519SignatureType: UInt8 = 0x01

    public let name: String
    public let publicKey: Ed25519PublicKey
    public let keyID: UInt32

    public init(name: String, publicKey: Ed25519PublicKey) throws(CheckpointError) {
        guard NoteSyntax.isValidKeyName(name) else { throw .invalidKeyName(name) }
        self.name = name
        self.publicKey = publicKey
        keyID = Self.keyID(name: name, publicKey: publicKey)
    }

    /// Parses `<name>+<8 hex digits key ID>+<base64(0x01 ‖ public key)>` and checks
    /// that the stated key ID is the one the name and key hash to.
    public init(verifierKey: String) throws(CheckpointError) {
        let (name, publicKey, stated) = try Self.parse(verifierKey: verifierKey, type: Self.ed25519SignatureType)
        try self.init(name: name, publicKey: publicKey)
        guard keyID == stated else { throw .verifierKeyIDMismatch(keyName: name, stated: stated, computed: keyID) }
    }

    /// The name, public key and stated key ID of a C2SP vkey
    /// `<name>+<8 hex digits key ID>+<base64(type ‖ public key)>` of signature type `type`.
    static func parse(verifierKey: String, type expected: UInt8) throws(CheckpointError) -> (String, Ed25519PublicKey, UInt32) {
        // The name holds no '+' but the base64 part may, so only the first two separate fields.
        let fields = verifierKey.split(separator: "+", maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3 else { throw .malformedVerifierKey(reason: "expected <name>+<key ID>+<key>") }
        let name = String(fields[0])
        guard NoteSyntax.isValidKeyName(name) else { throw .invalidKeyName(name) }
        guard let stated = Self.parseKeyID(fields[1]) else {
            throw .malformedVerifierKey(reason: "key ID must be 8 lowercase hex digits")
        }
        guard let material = Base64.decode(String(fields[2])), let type = material.first else {
            throw .invalidBase64(what: "verifier key material")
        }
        guard type == expected else { throw .unsupportedSignatureType(type) }
        do { return (name, try Ed25519PublicKey(rawRepresentation: Array(material.dropFirst())), stated) } catch {
            throw .crypto(error)
        }
    }

    /// The text form other parties configure to trust this key.
    public var verifierKey: String {
        "\(name)+\(Self.hex(keyID))+\(Base64.encode([Self.ed25519SignatureType] + publicKey.rawRepresentation))"
    }

    /// Whether `signature` (without its key ID prefix) is this key's signature of `text`.
    func isValidSignature(_ signature: [UInt8], for text: [UInt8]) -> Bool {
        guard let signature = try? Ed25519Signature(bytes: signature) else { return false }
        return publicKey.isValidSignature(signature, for: text)
    }

    /// SHA-256(name ‖ 0x0A ‖ type ‖ public key), first four bytes read big-endian.
    static func keyID(name: String, publicKey: Ed25519PublicKey, type: UInt8 = ed25519SignatureType) -> UInt32 {
        let digest = SHA256.hash(Array(name.utf8) + [NoteSyntax.newline, type] + publicKey.rawRepresentation)
        return digest.bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    static func hex(_ keyID: UInt32) -> String {
        Hex.encode([UInt8(keyID >> 24), UInt8(keyID >> 16 & 0xff), UInt8(keyID >> 8 & 0xff), UInt8(keyID & 0xff)])
    }

    private static func parseKeyID(_ text: Substring) -> UInt32? {
        let digits = Array(text.utf8)
        let isLowercaseHex = digits.allSatisfy {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains($0)
        }
        guard digits.count == 8, isLowercaseHex else { return nil }
        return UInt32(text, radix: 16)
    }

    public static func == (lhs: NoteVerifier, rhs: NoteVerifier) -> Bool {
        Array(lhs.name.utf8) == Array(rhs.name.utf8) && lhs.publicKey == rhs.publicKey
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(Array(name.utf8))
        hasher.combine(publicKey)
    }
}
