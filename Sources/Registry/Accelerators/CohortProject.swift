import Ledger

/// A project in an accelerator cohort: what it needs from mentors (tags, matched with
/// mentors' competencies together with its direction), the consultation hours both
/// sides confirmed, and once completed the day and ledger seq of its certificate.
public struct CohortProject: Hashable, Sendable {
    public let cohortID: EventID
    public let projectID: ProjectID
    public let needs: [String]
    public let confirmedHours: Int
    public let certificateSeq: Int?
    public let certifiedOn: CalendarDate?
    public let addedAt: LedgerTime
}
