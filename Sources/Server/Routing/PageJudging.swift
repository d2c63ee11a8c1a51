/// How a page's kept copies (`PageCache`) follow judges' marks (`WriteReach.judging`).
public enum PageJudging: Sendable, Hashable {
    /// The page shows marks, or the log as a whole, as they stand (a judge's form,
    /// `/ledger`): each mark makes its kept copies stale.
    case shownAtOnce
    /// The page shows nothing of marks nor of the log as a whole (a town, a project): marks
    /// leave its kept copies current.
    case notShown
    /// The page shows marks as a board scored at most this often (a Challenge's public
    /// board): a kept copy is served across marks for this long at most.
    case shownWithin(Duration)
}
