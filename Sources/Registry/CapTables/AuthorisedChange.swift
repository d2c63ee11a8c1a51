/// Sets a class's authorised units to a new total (up or down, never below what is issued
/// and reserved for options).
public struct AuthorisedChange: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let shareClass: ShareClassID
    public let authorised: ShareCount

    public init(id: CapTableEventID, date: CalendarDate, shareClass: ShareClassID, authorised: ShareCount) {
        self.id = id
        self.date = date
        self.shareClass = shareClass
        self.authorised = authorised
    }
}
