/// Glocal's `HTTPResponder`: finds the route for a request, runs the middleware chain
/// composed around its handler, and answers unknown paths (404), unserved methods
/// (405 with `Allow`, TRACE and CONNECT included), unknown methods (501) and `OPTIONS` itself.
public struct Router: HTTPResponder {
    private let table: RouteTable
    private let chains: [String: Route.Handler]
    private let middleware: [any Middleware]
    private let requestIDs = RequestIDGenerator()
    /// Body limit for paths no route serves: enough to read and refuse them politely.
    static let unroutedBodyLimit = 16 * 1024

    public init(routes: [Route], middleware: [any Middleware]) throws {
        table = try RouteTable(routes)
        self.middleware = middleware
        var chains: [String: Route.Handler] = [:]
        for route in routes { chains[route.label] = Self.compose(middleware.filter { $0.applies(to: route) }, around: route.handler) }
        self.chains = chains
    }

    private static func compose(_ middleware: [any Middleware], around handler: @escaping Route.Handler) -> Route.Handler {
        middleware.reversed().reduce(handler) { next, step in
            { context in try await step.handle(context, next: next) }
        }
    }

    public var routes: [Route] { table.routes }

    public func bodyLimit(for head: HTTPRequestHead) -> Int {
        let match = table.match(path: HTTPRequest.split(head.target).path)
        return route(for: head.method, in: match)?.bodyLimit ?? Self.unroutedBodyLimit
    }

    public func respond(to request: HTTPRequest) async -> HTTPResponse {
        let requestID = requestIDs.next()
        let match = table.match(path: request.path)
        let context: RequestContext
        let handler: Route.Handler
        if let route = route(for: request.method, in: match), let chain = chains[route.label] {
            context = RequestContext(request: request, route: route, pathParameters: match.parameters, requestID: requestID)
            handler = chain
        } else {
            context = RequestContext(request: request, route: Self.unroutedRoute, pathParameters: [:], requestID: requestID)
            handler = Self.compose(middleware, around: Self.answerUnrouted(request, allowing: allowedMethods(match)))
        }
        do {
            return try await handler(context)
        } catch {
            return ProblemMapping.response(for: error, requestID: requestID)
        }
    }

    private func route(for method: HTTPMethod, in match: RouteTable.Match) -> Route? {
        if let route = match.routes[method] { return route }
        if method == .head { return match.routes[.get] }
        return nil
    }

    private func allowedMethods(_ match: RouteTable.Match) -> [HTTPMethod] {
        guard !match.routes.isEmpty else { return [] }
        var methods = Set(match.routes.keys)
        if methods.contains(.get) { methods.insert(.head) }
        methods.insert(.options)
        return methods.sorted { $0.rawValue < $1.rawValue }
    }

    /// The pseudo-route that requests no route serves run through, so they are logged,
    /// counted and answered like any other.
    private static let unroutedRoute = Route(
        .get, "/", operationID: "unrouted", summary: "Requests no route serves", tag: "unrouted",
        action: .reachUnroutedPath, access: .anyone
    ) { _ in throw APIError.notFound(detail: "No resource here.") }

    private static func answerUnrouted(_ request: HTTPRequest, allowing methods: [HTTPMethod]) -> Route.Handler {
        { _ in
            let method = request.method
            guard HTTPMethod.standard.contains(method) else { throw APIError.methodNotImplemented(method) }
            guard !methods.isEmpty else { throw APIError.notFound(detail: "No resource at \(request.path).") }
            guard method == .options else { throw APIError.methodNotAllowed(allowed: methods) }
            return HTTPResponse(status: .noContent, headers: HTTPHeaders([("Allow", methods.map(\.rawValue).joined(separator: ", "))]))
        }
    }
}
