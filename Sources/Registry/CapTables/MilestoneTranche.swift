/// Part of an option grant that vests when a milestone is reached, as attested by every
/// one of the named attesters (a mentor, the commission, the Union) — not by a majority.
public struct MilestoneTranche: Hashable, Sendable {
    public let milestone: VestingMilestoneID
    public let units: ShareCount
    public let attesters: [StakeholderID]

    public init(milestone: VestingMilestoneID, units: ShareCount, attesters: [StakeholderID]) {
        self.milestone = milestone
        self.units = units
        self.attesters = attesters
    }
}
