/// Which mentor profiles a listing returns; nil matches every value.
public struct MentorFilter: Sendable, Equatable {
    /// One competency tag, compared after the same normalisation as stored tags.
    public var competency: String?
    /// A town the mentor serves.
    public var cityID: CityID?

    public init(competency: String? = nil, cityID: CityID? = nil) {
        self.competency = competency
        self.cityID = cityID
    }

    func normalised() throws(RegistryValidationError) -> MentorFilter {
        MentorFilter(competency: try competency.map { tag throws(RegistryValidationError) in try RegistryTags.normalise(tag, field: "competency") }, cityID: cityID)
    }
}
