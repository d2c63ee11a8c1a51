import Ledger

/// A party of a contract as the registry shows it: its role, the member acting for it
/// (nil for the Union, which signs with the node key) and, once it has signed, the key
/// and the ledger entry of its signature.
public struct ContractSignatory: Sendable, Equatable {
    public let party: ContractParty
    public let actingMember: MemberID?
    public let keyID: KeyID?
    public let signedSeq: Int?

    public var hasSigned: Bool { signedSeq != nil }
}
