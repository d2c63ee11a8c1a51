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
    public let representatives: [PartyID: MemberID]
    public let state: ContractState
    public let proposeSeq: Int
    public let createdAt: LedgerTime
    /// The seq of each party's `contract.sign` entry.
    let signedSeqs: [PartyID: Int]

    public var terms: ContractTerms { state.terms }
    public var kind: ContractKind { state.terms.kind }
    public var status: ContractStatus { state.status }

    /// The parties in the terms' order, with who acts for each and who has signed.
    public var signatories: [ContractSignatory] {
        terms.parties.map {
            ContractSignatory(party: $0, actingMember: actingMember(for: $0.id), keyID: state.signatures[$0.id],
                              signedSeq: signedSeqs[$0.id])
        }
    }

    /// The member who consents for `party`: the party itself when it is a member, else
    /// the member the proposal named for it; nil for the Union and for unnamed towns.
    public func actingMember(for party: PartyID) -> MemberID? {
        MemberID(rawValue: party.rawValue) ?? representatives[party]
    }
}
