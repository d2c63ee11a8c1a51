/// An edit of a milestone; nil leaves a field as it is.
public struct MilestoneChanges: Sendable {
    public var title: String?
    public var ownerRole: TeamRole?
    public var dueOn: CalendarDate?
    public var status: MilestoneStatus?

    public init(title: String? = nil, ownerRole: TeamRole? = nil, dueOn: CalendarDate? = nil, status: MilestoneStatus? = nil) {
        self.title = title
        self.ownerRole = ownerRole
        self.dueOn = dueOn
        self.status = status
    }
}
