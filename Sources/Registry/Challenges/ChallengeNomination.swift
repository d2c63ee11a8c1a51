import Ledger

/// A team of one of this node's towns nominated for a Challenge another town's node
/// hosts: the act is this node's `challenge.nomination` entry, which the host reads from
/// this node's log and takes the team from. Once the host's log is mirrored here, the
/// host's `challenge.team` entry citing the nomination marks it taken.
public struct ChallengeNomination: Hashable, Sendable {
    public let teamID: ChallengeTeamID
    /// The hosting node's log origin, and the Challenge's id there.
    public let hostOrigin: String
    public let eventID: EventID
    public let cityID: CityID
    public let name: String
    public let projectID: ProjectID?
    /// The `challenge.nomination` entry.
    public let ledgerSeq: Int
    public let nominatedAt: LedgerTime
    /// The host's `challenge.team` entry that took the team, once mirrored here.
    public let takenSeq: Int?
}
