/// What staff set on a step of a town's road map: who answers for it, its planned dates
/// and where it stands.
public struct RoadMapStepChange: Hashable, Sendable {
    public var owner: String
    public var plannedStart: CalendarDate
    public var plannedEnd: CalendarDate
    public var status: RoadMapStatus

    public init(owner: String, plannedStart: CalendarDate, plannedEnd: CalendarDate, status: RoadMapStatus) {
        self.owner = owner
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.status = status
    }
}
