import Synchronization

/// Everything a handler and the middleware around it know about one request: the
/// request, the route it matched with its path parameters, the request id, and the
/// authenticated actor once authentication has run.
public struct RequestContext: Sendable {
    public var request: HTTPRequest
    public let route: Route
    public let pathParameters: [String: String]
    public let requestID: String
    public var actor: Actor? {
        didSet { logMetadata.actorID = actor?.accountID }
    }
    /// Shared with the middleware outside this one, so the access log can name the actor
    /// that authentication (further in) found.
    public let logMetadata = RequestLogMetadata()

    public init(request: HTTPRequest, route: Route, pathParameters: [String: String], requestID: String,
                actor: Actor? = nil) {
        self.request = request
        self.route = route
        self.pathParameters = pathParameters
        self.requestID = requestID
        self.actor = actor
        logMetadata.actorID = actor?.accountID
    }

    /// A path parameter the route pattern guarantees is present.
    public func parameter(_ name: String) throws(APIError) -> String {
        guard let value = pathParameters[name] else { throw APIError.notFound(detail: "No \(name) in the path.") }
        return value
    }

    /// The value a path parameter names (an id, a number), read as `FieldTextDecoder` reads
    /// a field. Text it refuses names no record, so it is answered like a record the node
    /// does not have: 404 with `detail`.
    func parameter<Value: Decodable>(_ name: String, as type: Value.Type = Value.self, notFound detail: String) throws(APIError) -> Value {
        guard let value = try? FieldTextDecoder.decode(Value.self, from: parameter(name), field: name) else {
            throw .notFound(detail: detail)
        }
        return value
    }

    /// The record the id in a path parameter names, as `find` finds it. An id of the wrong
    /// shape and one `find` finds nothing for are the same 404 with `detail`.
    func record<ID: Decodable, Record>(_ name: String, notFound detail: String,
                                       find: (ID) async throws -> Record?) async throws -> Record {
        guard let record = try await find(parameter(name, notFound: detail)) else { throw APIError.notFound(detail: detail) }
        return record
    }
}

/// The parts of a request's log line that inner middleware learns and the access log
/// writes: so far, the actor's account id.
public final class RequestLogMetadata: Sendable {
    private let actor = Mutex<String?>(nil)

    public var actorID: String? {
        get { actor.withLock { $0 } }
        set { actor.withLock { $0 = newValue } }
    }
}
