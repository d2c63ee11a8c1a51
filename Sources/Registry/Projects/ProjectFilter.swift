/// Which projects a listing returns; nil matches every value.
public struct ProjectFilter: Sendable, Equatable {
    public var cityID: CityID?
    /// Compared after the same normalisation as stored directions (trimmed, lowercase).
    public var direction: String?
    public var stage: ProjectStage?
    /// Only projects whose team this member is on, in any role.
    public var memberID: MemberID?

    public init(cityID: CityID? = nil, direction: String? = nil, stage: ProjectStage? = nil, memberID: MemberID? = nil) {
        self.cityID = cityID
        self.direction = direction
        self.stage = stage
        self.memberID = memberID
    }
}
