/// What a member states when starting a project. The member becomes its lead.
public struct ProjectDraft: Sendable {
    public var title: String
    public var summary: String
    public var direction: String
    public var cityID: CityID

    public init(title: String, summary: String, direction: String, cityID: CityID) {
        self.title = title
        self.summary = summary
        self.direction = direction
        self.cityID = cityID
    }
}
