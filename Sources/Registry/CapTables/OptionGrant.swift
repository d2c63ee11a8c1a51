/// Grants an option on units of a class: the right to buy them at the exercise price once
/// vested and before the expiry date. The grant is named by this event's id.
///
/// `isUnionOption` marks the option the Union takes in a project in exchange for running its
/// operations; it vests and is exercised like any other.
public struct OptionGrant: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let grantee: StakeholderID
    public let shareClass: ShareClassID
    public let units: ShareCount
    public let exercisePrice: Kopecks
    /// The last day on which the option may be exercised.
    public let expiry: CalendarDate
    public let vesting: VestingSchedule
    public let isUnionOption: Bool

    public init(id: CapTableEventID, date: CalendarDate, grantee: StakeholderID, shareClass: ShareClassID,
                units: ShareCount, exercisePrice: Kopecks, expiry: CalendarDate, vesting: VestingSchedule,
                isUnionOption: Bool = false) {
        self.id = id
        self.date = date
        self.grantee = grantee
        self.shareClass = shareClass
        self.units = units
        self.exercisePrice = exercisePrice
        self.expiry = expiry
        self.vesting = vesting
        self.isUnionOption = isUnionOption
    }
}
