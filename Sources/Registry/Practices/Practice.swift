import Ledger

/// A proven practice in the Union's knowledge base: reported by the town where it
/// worked, so that other towns can find it and adopt it.
public struct Practice: Hashable, Sendable {
    public let id: PracticeID
    public let title: String
    /// What was done.
    public let summary: String
    /// Where it was proven.
    public let cityID: CityID
    public let results: String
    public let reportedOn: CalendarDate
    /// The `practice.report` entry.
    public let reportSeq: Int
    /// The towns that took it up, in the order they did.
    public let adoptions: [PracticeAdoption]
    public let createdAt: LedgerTime
}
