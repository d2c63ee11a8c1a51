/// One attester's statement that a milestone of an option grant has been reached.
public struct MilestoneAttestation: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let grant: CapTableEventID
    public let milestone: VestingMilestoneID
    public let attester: StakeholderID

    public init(id: CapTableEventID, date: CalendarDate, grant: CapTableEventID, milestone: VestingMilestoneID,
                attester: StakeholderID) {
        self.id = id
        self.date = date
        self.grant = grant
        self.milestone = milestone
        self.attester = attester
    }
}
