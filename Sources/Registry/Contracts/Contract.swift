import Ledger

/// A contract as the registry keeps it: the legal text and its project in registry
/// rows, and its state, which is always the replay of the events its `contract.*`
/// ledger entries recorded.
public struct Contract: Sendable {
    public let id: ContractID
    public let projectID: ProjectID?
    /// The Russian legal text; only its SHA-256 (`terms.textSHA256`) enters the ledger.
    public let legalText: String
    /// SHA-256 of the terms' canonical JSON, which every party's signature names.
    public let termsSHA256: SHA256Digest
    public let signatories: [ContractSignatory]
    public let representatives: [PartyID: MemberID]
    public let state: ContractState
    public let proposeSeq: Int
    public let createdAt: LedgerTime

    public var terms: ContractTerms { state.terms }
    public var kind: ContractKind { state.terms.kind }
    public var status: ContractStatus { state.status }

    /// The member who consents for `party`: the party itself when it is a member, else
    /// the member the proposal named for it; nil for the Union and for unnamed towns.
    public func actingMember(for party: PartyID) -> MemberID? {
        MemberID(rawValue: party.rawValue) ?? representatives[party]
    }
}
