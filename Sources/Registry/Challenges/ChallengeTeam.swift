import Ledger

/// A team registered for a Challenge: its town, an optional project it presents, and
/// its members (by id), which the conflict rules need.
public struct ChallengeTeam: Hashable, Sendable {
    public let id: ChallengeTeamID
    public let eventID: EventID
    public let cityID: CityID
    public let name: String
    public let projectID: ProjectID?
    public let memberIDs: [MemberID]
    public let registeredAt: LedgerTime
}
