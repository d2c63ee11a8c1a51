/// Anything that can sign an entry's canonical bytes as a registered key: the node's
/// own key, or a member's key the node holds for them (custodial).
public protocol EntrySigner: Sendable {
    var keyID: KeyID { get }
    func sign(_ message: [UInt8]) throws -> Ed25519Signature
}

extension Ed25519PrivateKey: EntrySigner {
    public var keyID: KeyID { publicKey.keyID }

    public func sign(_ message: [UInt8]) throws -> Ed25519Signature {
        try signature(for: message)
    }
}
