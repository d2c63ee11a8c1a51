/// A team nominated on another town's node for a Challenge this node hosts, as read from
/// that node's log: taken as a team of the Challenge, waiting for its registration to
/// open, or refused with the reason.
public struct ReceivedNomination: Hashable, Sendable {
    public let origin: String
    /// The id the nominating node gave the team.
    public let teamID: String
    public let eventID: EventID
    public let cityID: CityID
    /// The team's name as the node publishes it; nil until read.
    public let name: String?
    /// The `challenge.nomination` entry in that node's log.
    public let entrySeq: Int
    public let taken: Bool
    public let refusal: Refusal?

    /// Why a nomination was not taken: it is kept, and shown to the Challenge's organisers.
    public enum Refusal: String, Hashable, Sendable, CaseIterable {
        /// No Challenge of this node has the nominated id.
        case noSuchChallenge = "no-such-challenge"
        /// The Challenge no longer registers teams.
        case registrationClosed = "registration-closed"
        /// The nominating node's town does not take part in the Challenge.
        case townNotTakingPart = "town-not-taking-part"
        /// Another team of the Challenge has the name.
        case nameTaken = "team-name-taken"
    }
}
