/// What Union staff fix for a Game before it opens: the directions of digital
/// entrepreneurship chosen for the region (tags), the most people a team may have,
/// the selection rule, the members named to its commission (besides accounts
/// holding the `committee` role, who always sit on it), and the facilitators from the
/// registry of facilitators who run its sessions.
public struct GameSettings: Hashable, Sendable {
    public static let teamSizeLimits = 1...Projects.maximumTeamSize

    public var directions: [String]
    public var teamSizeLimit: Int
    public var selection: SelectionRule
    public var commission: [MemberID]
    public var facilitators: [MemberID]

    public init(directions: [String], teamSizeLimit: Int, selection: SelectionRule, commission: [MemberID] = [],
                facilitators: [MemberID] = []) {
        self.directions = directions
        self.teamSizeLimit = teamSizeLimit
        self.selection = selection
        self.commission = commission
        self.facilitators = facilitators
    }
}
