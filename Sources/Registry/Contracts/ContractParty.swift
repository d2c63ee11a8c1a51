/// A party named in a contract's terms and the role it plays there. Every party must sign
/// before the contract becomes active.
public struct ContractParty: Hashable, Sendable {
    public let id: PartyID
    /// What the party is to the contract (`union`, `investor`, `developer`, `attester`,
    /// `holder`, `town_fund`, `grantee`...); free text from the template, kept as written.
    public let role: String

    public init(id: PartyID, role: String) {
        self.id = id
        self.role = role
    }
}
