/// A signature kept beside an entry (not inside it): which registered key signed the
/// entry's canonical bytes, and the Ed25519 signature. Co-signed entries carry several.
public struct EntrySignature: Hashable, Sendable {
    public let keyID: KeyID
    public let signature: Ed25519Signature

    public init(keyID: KeyID, signature: Ed25519Signature) {
        self.keyID = keyID
        self.signature = signature
    }
}
