/// What `HTTPRequestParser.next()` hands the connection: first a request's head, then,
/// once the connection has accepted its body, the whole decoded body.
public enum HTTPParserEvent: Sendable, Equatable {
    /// A complete, checked head. The body is not read until `acceptBody(maximumLength:)`
    /// is called, so the connection can refuse it or send `100 Continue` first.
    case head(HTTPRequestHead)
    /// The complete decoded body (empty when the framing is `.none`). The request is done
    /// and the parser moves on to the next one.
    case body([UInt8])
}
