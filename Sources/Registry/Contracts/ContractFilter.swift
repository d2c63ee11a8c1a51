/// Narrows the list of contracts; every field left nil matches all.
public struct ContractFilter: Sendable, Equatable {
    public var projectID: ProjectID?
    public var kind: ContractKind?
    public var status: ContractStatus?
    public var party: PartyID?

    public init(projectID: ProjectID? = nil, kind: ContractKind? = nil, status: ContractStatus? = nil, party: PartyID? = nil) {
        self.projectID = projectID
        self.kind = kind
        self.status = status
        self.party = party
    }
}
