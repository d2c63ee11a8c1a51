/// A share class as the replay has left it: what was authorised, what is issued, and what is
/// reserved for unexercised, uncancelled options (expired ones included, until cancelled).
public struct ShareClassState: Hashable, Sendable {
    public let id: ShareClassID
    public let name: String
    public let kind: ShareClassKind
    public let createdOn: CalendarDate
    public let initialAuthorised: ShareCount
    public internal(set) var authorised: ShareCount
    public internal(set) var issued: ShareCount
    public internal(set) var reserved: ShareCount
    public let pricePerUnit: Kopecks?

    /// Units still free to issue or grant.
    public var available: Int64 { authorised.value - issued.value - reserved.value }
}
