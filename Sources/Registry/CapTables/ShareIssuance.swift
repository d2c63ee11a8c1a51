/// Issues new units of a class to a stakeholder at a price per unit.
public struct ShareIssuance: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let holder: StakeholderID
    public let shareClass: ShareClassID
    public let units: ShareCount
    public let pricePerUnit: Kopecks

    public init(id: CapTableEventID, date: CalendarDate, holder: StakeholderID, shareClass: ShareClassID,
                units: ShareCount, pricePerUnit: Kopecks) {
        self.id = id
        self.date = date
        self.holder = holder
        self.shareClass = shareClass
        self.units = units
        self.pricePerUnit = pricePerUnit
    }
}
