import Ledger

/// One step of a project's MVP plan (оргтехплан создания MVP): what is to be done, which
/// team role answers for it, and by when.
public struct Milestone: Hashable, Sendable {
    public let id: MilestoneID
    public let projectID: ProjectID
    public let title: String
    public let ownerRole: TeamRole
    public let dueOn: CalendarDate
    public let status: MilestoneStatus
    public let createdAt: LedgerTime
}
