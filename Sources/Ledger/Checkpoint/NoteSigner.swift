/// An Ed25519 private key with the key name under which it signs notes.
///
/// The name is part of the key's identity in c2sp.org/signed-note: it appears on
/// every signature line and is hashed into the key ID, so the same key under two
/// names is two different note keys.
public struct NoteSigner: Sendable {
    public let verifier: NoteVerifier
    private let privateKey: Ed25519PrivateKey

    public init(name: String, privateKey: Ed25519PrivateKey) throws(CheckpointError) {
        verifier = try NoteVerifier(name: name, publicKey: privateKey.publicKey)
        self.privateKey = privateKey
    }

    public var name: String { verifier.name }
    public var keyID: UInt32 { verifier.keyID }
    /// `<name>+<8 hex key ID>+<base64(0x01 ‖ public key)>`, for others to trust this key.
    public var verifierKey: String { verifier.verifierKey }

    func signature(for text: [UInt8]) throws(CheckpointError) -> NoteSignature {
        let signature: Ed25519Signature
        do { signature = try privateKey.signature(for: text) } catch { throw .crypto(error) }
        return try NoteSignature(keyName: name, keyID: keyID, signature: signature.bytes)
    }
}
