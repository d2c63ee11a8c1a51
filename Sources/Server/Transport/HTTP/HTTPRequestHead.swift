/// The request line and header fields of one request, as checked by
/// `HTTPRequestParser`: the method is a token, the target is a path or `*` (OPTIONS),
/// an HTTP/1.1 request has exactly one plausible Host (HTTP/1.0 at most one), and the
/// body framing is unambiguous.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: HTTPMethod
    /// The path and query exactly as sent (`/api/v1/projects?limit=10`), or `*`. For an
    /// absolute-form target (`http://host/path`) it is the path and query, and the Host
    /// field holds the target's authority.
    public var target: String
    public var version: HTTPVersion
    public var headers: HTTPHeaders
    public var framing: HTTPBodyFraming

    public init(
        method: HTTPMethod, target: String, version: HTTPVersion, headers: HTTPHeaders,
        framing: HTTPBodyFraming
    ) {
        self.method = method
        self.target = target
        self.version = version
        self.headers = headers
        self.framing = framing
    }

    /// Whether the connection stays open after this request (RFC 9112 §9.3): HTTP/1.1
    /// unless `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        let options = headers.values(for: "Connection")
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingSpaces.lowercased() }
        if version == .http1_0 { return options.contains("keep-alive") }
        return !options.contains("close")
    }

    /// Whether the client waits for `100 Continue` before sending the body.
    public var expectsContinue: Bool {
        headers["Expect"]?.lowercased() == "100-continue"
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" { s.removeLast() }
        return s
    }
}
