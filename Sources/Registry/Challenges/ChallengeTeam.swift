import Ledger

/// A team registered for a Challenge: its town, an optional project it presents, and
/// its members (by id), which the conflict rules need. A team of a town of another node
/// was nominated there and taken from that node's log: it names no member here.
public struct ChallengeTeam: Hashable, Sendable {
    public let id: ChallengeTeamID
    public let eventID: EventID
    public let cityID: CityID
    public let name: String
    public let projectID: ProjectID?
    public let memberIDs: [MemberID]
    public let registeredAt: LedgerTime
    /// For a team taken from another node, the entry that nominated it there.
    public var nominatedElsewhere: TeamNominatedElsewhere? = nil
}
