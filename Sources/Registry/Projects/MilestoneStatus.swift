/// Where a milestone of an MVP plan stands. The team moves it freely: a plan is a
/// working document, and a milestone dropped today may be planned again tomorrow.
public enum MilestoneStatus: String, Sendable, Hashable, CaseIterable, RegistryCode {
    case planned
    case inProgress = "in_progress"
    case done
    case dropped
}
