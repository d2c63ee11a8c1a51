/// What the server hands complete requests to: in Glocal, the router with its
/// middleware. Two questions: how large a body this request may have (asked once the
/// head is in, before any body byte is read), and the response.
public protocol HTTPResponder: Sendable {
    func bodyLimit(for head: HTTPRequestHead) -> Int
    func respond(to request: HTTPRequest) async -> HTTPResponse
}
