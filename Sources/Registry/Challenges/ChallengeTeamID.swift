/// Names one team registered for a Challenge (`tea_` + 32 hex digits).
public struct ChallengeTeamID: PrefixedID, Comparable {
    public static let prefix = "tea_"
    public let rawValue: String

    public init(unchecked rawValue: String) {
        self.rawValue = rawValue
    }

    public static func < (lhs: ChallengeTeamID, rhs: ChallengeTeamID) -> Bool { lhs.rawValue < rhs.rawValue }
}
