import Ledger

/// A member's signing key as the ledger registered it: public, so anyone can check the
/// member's signatures; `custodial` when the node holds the private key for the member.
public struct MemberKey: Sendable, Equatable {
    public let keyID: KeyID
    public let publicKey: Ed25519PublicKey
    public let memberID: MemberID
    public let custodial: Bool
    public let registeredAtSeq: Int
    public let revokedAtSeq: Int?

    init(_ key: RegisteredKey) {
        self.init(keyID: key.keyID, publicKey: key.publicKey, memberID: MemberID(unchecked: key.registration.holder),
                  custodial: key.registration.custodial, registeredAtSeq: key.registeredAtSeq, revokedAtSeq: key.revokedAtSeq)
    }

    init(keyID: KeyID, publicKey: Ed25519PublicKey, memberID: MemberID, custodial: Bool, registeredAtSeq: Int, revokedAtSeq: Int?) {
        self.keyID = keyID
        self.publicKey = publicKey
        self.memberID = memberID
        self.custodial = custodial
        self.registeredAtSeq = registeredAtSeq
        self.revokedAtSeq = revokedAtSeq
    }
}
