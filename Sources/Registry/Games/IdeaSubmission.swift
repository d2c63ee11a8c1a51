import Ledger

/// What a participant states when putting an idea forward: the project's fields, and
/// optionally the SHA-256 of a document describing it, deposited in the IP register
/// with the participant as its sole holder.
public struct IdeaSubmission: Sendable {
    public var title: String
    public var summary: String
    public var direction: String
    public var cityID: CityID
    public var contentSHA256: SHA256Digest?

    public init(title: String, summary: String, direction: String, cityID: CityID, contentSHA256: SHA256Digest? = nil) {
        self.title = title
        self.summary = summary
        self.direction = direction
        self.cityID = cityID
        self.contentSHA256 = contentSHA256
    }
}
