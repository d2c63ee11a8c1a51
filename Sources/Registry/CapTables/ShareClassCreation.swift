/// Creates a class of shares with the number of units the project may ever issue in it.
public struct ShareClassCreation: Hashable, Sendable {
    public let id: CapTableEventID
    public let date: CalendarDate
    public let shareClass: ShareClassID
    /// A label such as "Common" or "Series A"; never a person's name.
    public let name: String
    public let kind: ShareClassKind
    public let authorised: ShareCount
    public let pricePerUnit: Kopecks?

    public init(id: CapTableEventID, date: CalendarDate, shareClass: ShareClassID, name: String,
                kind: ShareClassKind, authorised: ShareCount, pricePerUnit: Kopecks? = nil) {
        self.id = id
        self.date = date
        self.shareClass = shareClass
        self.name = name
        self.kind = kind
        self.authorised = authorised
        self.pricePerUnit = pricePerUnit
    }
}
