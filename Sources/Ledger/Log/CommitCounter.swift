import Synchronization

/// Counts the changes the writer has committed to the database (transactions and signed
/// checkpoints), so that whoever keeps a copy of something read from it (the page cache)
/// can tell, without reading, whether the database may have changed since. It moves after
/// each change is visible to new read transactions, never before.
///
/// Two counts are kept, by the writes' reach (`WriteReach`): every change that a kept copy
/// may show, and the changes beyond judging, so that a page that shows nothing of a
/// Challenge's marks nor of the log as a whole stays current while judges mark.
public final class CommitCounter: Sendable {
    private let everyChange = Atomic<UInt64>(0)
    private let changesBeyondJudging = Atomic<UInt64>(0)

    public init() {}

    /// The number of changes committed so far that a kept copy may show: all but a
    /// session's last use.
    public var value: UInt64 { everyChange.load(ordering: .acquiring) }

    /// The number of changes committed so far that may reach beyond a Challenge's marks
    /// and the log: what a page showing neither depends on.
    public var valueBeyondJudging: UInt64 { changesBeyondJudging.load(ordering: .acquiring) }

    /// Counts a commit whose writes reach at most `reach`. A signed checkpoint changes only
    /// the log, as judging does.
    func advance(reach: WriteReach) {
        if reach == .anything { changesBeyondJudging.add(1, ordering: .releasing) }
        if reach >= .judging { everyChange.add(1, ordering: .releasing) }
    }
}
