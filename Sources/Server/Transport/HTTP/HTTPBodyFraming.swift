/// How a request's body is delimited (RFC 9112 §6.3), decided by the parser from the
/// head so the connection can check the size limit before reading a byte of it.
public enum HTTPBodyFraming: Sendable, Equatable {
    /// No body: neither Content-Length nor Transfer-Encoding was sent.
    case none
    /// Exactly this many bytes follow the head.
    case contentLength(Int)
    /// The body arrives in chunks ending with a zero-size chunk and optional trailers.
    case chunked
}
