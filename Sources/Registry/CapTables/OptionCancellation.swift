/// Cancels unexercised units of an option grant (unvested ones first), returning them to the
/// class's pool of authorised units.
public struct OptionCancellation: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let grant: CapTableEventID
    public let units: ShareCount

    public init(id: CapTableEventID, date: CalendarDate, grant: CapTableEventID, units: ShareCount) {
        self.id = id
        self.date = date
        self.grant = grant
        self.units = units
    }
}
