/// Which projects a listing returns; nil matches every value.
public struct ProjectFilter: Sendable, Equatable {
    public var cityID: CityID?
    /// Compared after the same normalisation as stored directions (trimmed, lowercase).
    public var direction: String?
    public var stage: ProjectStage?

    public init(cityID: CityID? = nil, direction: String? = nil, stage: ProjectStage? = nil) {
        self.cityID = cityID
        self.direction = direction
        self.stage = stage
    }
}
