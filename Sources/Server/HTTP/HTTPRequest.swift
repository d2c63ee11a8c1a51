/// One complete request as handlers see it: the checked head, the whole body, and the
/// peer's address (for throttling; never logged).
public struct HTTPRequest: Sendable {
    public var head: HTTPRequestHead
    public var body: [UInt8]
    public var remoteAddress: String
    /// Whether the connection is TLS, so cookies can be marked `Secure`.
    public var isSecure: Bool

    public init(head: HTTPRequestHead, body: [UInt8] = [], remoteAddress: String = "unknown", isSecure: Bool = false) {
        self.head = head
        self.body = body
        self.remoteAddress = remoteAddress
        self.isSecure = isSecure
    }

    public var method: HTTPMethod { head.method }
    public var headers: HTTPHeaders { head.headers }

    /// The path of the target, without the query ("/api/v1/projects").
    public var path: Substring {
        head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    }

    /// The raw query string after "?", if any.
    public var queryString: Substring? {
        let parts = head.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return parts.count == 2 ? parts[1] : nil
    }
}
