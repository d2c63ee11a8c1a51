/// A witness's public key for cosignatures (C2SP tlog-cosignature v1): its name, the
/// Ed25519 key and the key ID hashed with signature type 0x04. A cosignature is a note
/// signature whose 72 bytes are a big-endian POSIX timestamp and an Ed25519 signature of
/// `cosignature/v1\ntime <timestamp>\n` followed by the checkpoint's text.
public struct CosignatureVerifier: Sendable, Hashable {
    public static let signatureType: UInt8 = 0x04

    public let name: String
    public let publicKey: Ed25519PublicKey
    public let keyID: UInt32

    public init(name: String, publicKey: Ed25519PublicKey) throws(CheckpointError) {
        guard NoteSyntax.isValidKeyName(name) else { throw .invalidKeyName(name) }
        self.name = name
        self.publicKey = publicKey
        keyID = NoteVerifier.keyID(name: name, publicKey: publicKey, type: Self.signatureType)
    }

    /// Parses a vkey of signature type 0x04 and checks its stated key ID.
    public init(verifierKey: String) throws(CheckpointError) {
        let (name, publicKey, stated) = try NoteVerifier.parse(verifierKey: verifierKey, type: Self.signatureType)
        try self.init(name: name, publicKey: publicKey)
        guard keyID == stated else { throw .verifierKeyIDMismatch(keyName: name, stated: stated, computed: keyID) }
    }

    /// `<name>+<8 hex key ID>+<base64(0x04 ‖ public key)>`, for logs to trust this witness.
    public var verifierKey: String {
        "\(name)+\(NoteVerifier.hex(keyID))+\(Base64.encode([Self.signatureType] + publicKey.rawRepresentation))"
    }

    /// The time of `signature` if it is this key's valid cosignature of the checkpoint
    /// whose note text is `text`; nil for any other signature line.
    public func timestamp(of signature: NoteSignature, on text: String) -> UInt64? {
        guard signature.keyName == name, signature.keyID == keyID, signature.signature.count == 72 else { return nil }
        let timestamp = signature.signature.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        guard timestamp <= UInt64(Int64.max), let ed25519 = try? Ed25519Signature(bytes: Array(signature.signature.dropFirst(8))),
              publicKey.isValidSignature(ed25519, for: Self.message(text: text, timestamp: timestamp)) else { return nil }
        return timestamp
    }

    static func message(text: String, timestamp: UInt64) -> [UInt8] {
        Array("cosignature/v1\ntime \(timestamp)\n".utf8) + Array(text.utf8)
    }
}

/// A witness's private key: cosigns checkpoints it has checked (C2SP tlog-cosignature v1).
public struct Cosigner: Sendable {
    public let verifier: CosignatureVerifier
    private let privateKey: Ed25519PrivateKey

    public init(name: String, privateKey: Ed25519PrivateKey) throws(CheckpointError) {
        verifier = try CosignatureVerifier(name: name, publicKey: privateKey.publicKey)
        self.privateKey = privateKey
    }

    /// The cosignature of the checkpoint whose note text is `text`, made at `timestamp`.
    public func cosign(_ text: String, at timestamp: UInt64) throws(CheckpointError) -> NoteSignature {
        let signature: Ed25519Signature
        do { signature = try privateKey.signature(for: CosignatureVerifier.message(text: text, timestamp: timestamp)) } catch {
            throw .crypto(error)
        }
        let time = (0..<8).map { UInt8(timestamp >> (56 - 8 * $0) & 0xff) }
        return try NoteSignature(keyName: verifier.name, keyID: verifier.keyID, signature: time + signature.bytes)
    }
}
