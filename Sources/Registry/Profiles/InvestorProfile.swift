import Ledger

/// What an investor looks for, so teams know whom to pitch to: its kind, the ticket it
/// considers and the directions it is interested in. No personal data.
public struct InvestorProfile: Hashable, Sendable {
    public let memberID: MemberID
    public let kind: InvestorKind
    public let ticket: TicketRange
    /// Lowercased, deduplicated, sorted.
    public let directions: [String]
    public let updatedAt: LedgerTime
}
