/// Another town taking up a project's service ("Glocal": proven at home, exported to
/// other towns). A town adopts a project at most once.
public struct Adoption: Hashable, Sendable {
    public let projectID: ProjectID
    public let cityID: CityID
    public let adoptedOn: CalendarDate

    public init(projectID: ProjectID, cityID: CityID, adoptedOn: CalendarDate) {
        self.projectID = projectID
        self.cityID = cityID
        self.adoptedOn = adoptedOn
    }
}
