/// What a handler answers: a status, header fields and a body. The connection adds
/// `Date`, `Content-Length` or `Transfer-Encoding`, and `Connection` itself.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: HTTPHeaders
    public var body: HTTPResponseBody

    public init(status: HTTPStatus = .ok, headers: HTTPHeaders = HTTPHeaders(), body: HTTPResponseBody = .bytes([])) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with a complete body of the given media type.
    public init(status: HTTPStatus = .ok, contentType: String, body: [UInt8]) {
        self.init(status: status, headers: HTTPHeaders([("Content-Type", contentType)]), body: .bytes(body))
    }

    /// A plain-text response, for the few endpoints that are not JSON or HTML.
    public static func text(_ text: String, status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8))
    }
}

/// A response body: complete bytes, or a stream the handler writes to as it goes
/// (Server-Sent Events), sent with chunked transfer coding.
public enum HTTPResponseBody: Sendable {
    case bytes([UInt8])
    case stream(@Sendable (HTTPBodyStreamWriter) async throws -> Void)
}
