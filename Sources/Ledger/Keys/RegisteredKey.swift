/// A key as the ledger knows it at some point of its history.
public struct RegisteredKey: Sendable, Equatable {
    public let registration: KeyRegistration
    public let registeredAtSeq: Int
    public internal(set) var revokedAtSeq: Int?

    public var keyID: KeyID { registration.keyID }
    public var publicKey: Ed25519PublicKey { registration.publicKey }
    public var isActive: Bool { revokedAtSeq == nil }
}
