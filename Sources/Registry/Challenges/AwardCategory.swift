/// A prize besides the overall ranking: the team with the best normalised mark on one
/// criterion (`Лучший дизайн` for `design`), ties broken as in the overall ranking.
public struct AwardCategory: Hashable, Sendable, Codable {
    public let name: String
    public let criterionID: String

    public init(name: String, criterionID: String) {
        self.name = name
        self.criterionID = criterionID
    }
}
