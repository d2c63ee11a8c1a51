import Ledger

/// One area's score in a digital-maturity audit of a town, made at the mapping stage:
/// where the town stands before the Game, and how far it moves on later audits.
public struct AuditResult: Hashable, Sendable {
    public static let scoreRange = 0...100

    public let id: AuditResultID
    public let cityID: CityID
    /// The audited area, as the audit names it ("e-government", "connectivity").
    public let area: String
    /// 0 (absent) to 100 (mature).
    public let score: Int
    public let auditedOn: CalendarDate
    public let recordedAt: LedgerTime
}
