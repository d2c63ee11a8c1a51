/// What a write may change, so that whoever keeps a copy of something read from the
/// database (a page, a count) can keep it across writes that cannot have changed it.
public enum WriteReach: Sendable, Comparable {
    /// Only when a session was last used, which no kept copy shows.
    case sessionUse
    /// Only a Challenge's marks and the log entries that record them.
    case judging
    /// Anything: the reach of every write that does not say otherwise.
    case anything
}
