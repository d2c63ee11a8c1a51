/// An idea put forward at a Glocal City Game: a project at stage `idea` (its team is
/// the project's team), the IP asset deposited with it if any, the ledger seq of its
/// `game.idea` entry (which orders submissions), and the commission's approvals so far.
public struct GameIdea: Hashable, Sendable {
    public let projectID: ProjectID
    public let gameID: EventID
    public let assetID: IPAssetID?
    public let submittedSeq: Int
    public let approvals: Int
}
