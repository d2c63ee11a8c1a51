/// What Union staff put forward: the terms, the Russian legal text they stand for (its
/// SHA-256 must be the terms' `text_sha256`), the project it concerns if any, and the
/// member who acts for each town or town fund named in it.
public struct ContractProposal: Sendable {
    public var terms: ContractTerms
    public var legalText: String
    public var projectID: ProjectID?
    /// The member who signs, attests and pledges for each party that is not a member
    /// (`cty_…`, `town_fund:…`); may name towns that are not parties yet, such as the
    /// towns expected to pledge to a crowdfunding.
    public var representatives: [PartyID: MemberID]

    public init(terms: ContractTerms, legalText: String, projectID: ProjectID? = nil,
                representatives: [PartyID: MemberID] = [:]) {
        self.terms = terms
        self.legalText = legalText
        self.projectID = projectID
        self.representatives = representatives
    }
}
