/// One complete request as handlers see it: the checked head, the whole body, and the
/// peer's address (for throttling; never logged).
public struct HTTPRequest: Sendable {
    public let head: HTTPRequestHead
    public var body: [UInt8]
    public var remoteAddress: String
    /// Whether the connection is TLS, so cookies can be marked `Secure`.
    public var isSecure: Bool

    /// The path of the target, without the query ("/api/v1/projects").
    public let path: Substring
    /// The raw query string after "?", if any.
    public let queryString: Substring?

    public init(head: HTTPRequestHead, body: [UInt8] = [], remoteAddress: String = "unknown", isSecure: Bool = false) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.isSecure = isSecure
        (path, queryString) = Self.split(head.target)
    }

    /// A request target's path and its query string (after "?"), if any.
    static func split(_ target: String) -> (path: Substring, query: Substring?) {
        guard let mark = target.firstIndex(of: "?") else { return (target[...], nil) }
        return (target[..<mark], target[target.index(after: mark)...])
    }

    public var method: HTTPMethod { head.method }
    public var headers: HTTPHeaders { head.headers }
}
