import Ledger

/// One of this node's towns taking up a practice proven in another node's town: the
/// `practice.adopt` entry that records it cites the practice's report in that node's log
/// with its inclusion proof (`CitedEntry`).
public struct PracticeAdoptedElsewhere: Hashable, Sendable {
    public let cityID: CityID
    public let origin: String
    public let practiceID: String
    public let title: String
    public let sourceSeq: Int
    public let ledgerSeq: Int
    public let adoptedAt: LedgerTime
}
