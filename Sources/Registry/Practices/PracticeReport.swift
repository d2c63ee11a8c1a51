/// What a town reports about a practice it has proven: what was done, where, with
/// what results, and on which day the report was made.
public struct PracticeReport: Sendable {
    public var title: String
    public var summary: String
    public var cityID: CityID
    public var results: String
    public var reportedOn: CalendarDate

    public init(title: String, summary: String, cityID: CityID, results: String, reportedOn: CalendarDate) {
        self.title = title
        self.summary = summary
        self.cityID = cityID
        self.results = results
        self.reportedOn = reportedOn
    }
}
