import Ledger

/// One mark as recorded, with its revision: every correction is a new revision, the
/// latest counts, and all stay, each with who gave it and when.
public struct ChallengeMarkRecord: Hashable, Sendable {
    public let team: ChallengeTeamID
    public let judge: MemberID
    public let criterionID: String
    public let value: Int
    public let revision: Int
    public let markedAt: LedgerTime
    public let ledgerSeq: Int
}
