/// The project's company as the Open Cap Table Format names it; the cap table itself holds no names.
public struct OCFIssuer: Hashable, Sendable {
    public let legalName: String
    public let formationDate: CalendarDate
    /// ISO 3166-1 alpha-2.
    public let country: String

    public init(legalName: String, formationDate: CalendarDate, country: String = "RU") {
        self.legalName = legalName
        self.formationDate = formationDate
        self.country = country
    }
}
