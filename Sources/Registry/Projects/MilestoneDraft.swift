/// A new milestone of an MVP plan.
public struct MilestoneDraft: Sendable {
    public var title: String
    public var ownerRole: TeamRole
    public var dueOn: CalendarDate
    public var status: MilestoneStatus

    public init(title: String, ownerRole: TeamRole, dueOn: CalendarDate, status: MilestoneStatus = .planned) {
        self.title = title
        self.ownerRole = ownerRole
        self.dueOn = dueOn
        self.status = status
    }
}
