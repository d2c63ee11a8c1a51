/// Turns vested, unexercised option units into shares of the grant's class held by the grantee.
public struct OptionExercise: Hashable, Sendable {
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
