import Ledger

/// An investor's promise at an investment session to put money into a project on the
/// agenda. The ledger records its ids and amounts (`investment.pledge`); its conditions
/// are free text and stay in the registry.
public struct Pledge: Hashable, Sendable {
    public let id: PledgeID
    public let eventID: EventID
    public let investor: MemberID
    public let projectID: ProjectID
    public let amount: Kopecks
    public let conditions: String
    public let form: PledgeForm
    public let status: PledgeStatus
    public let pledgedAt: LedgerTime
    public let ledgerSeq: Int
    /// When withdrawn or accepted.
    public let decidedAt: LedgerTime?
    public let acceptance: PledgeAcceptance?
}
