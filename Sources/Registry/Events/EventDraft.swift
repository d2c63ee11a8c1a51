/// What Union staff state when they announce an event.
public struct EventDraft: Sendable {
    public var kind: EventKind
    public var title: String
    public var cityIDs: [CityID]
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate

    public init(kind: EventKind, title: String, cityIDs: [CityID], startsOn: CalendarDate, endsOn: CalendarDate) {
        self.kind = kind
        self.title = title
        self.cityIDs = cityIDs
        self.startsOn = startsOn
        self.endsOn = endsOn
    }
}
