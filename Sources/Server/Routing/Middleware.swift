/// A step wrapped around every route's handler (request logging, authentication,
/// CSRF, ...). The router composes the list once per route when it is built, leaving out
/// the steps that say they have nothing to do for that route.
public protocol Middleware: Sendable {
    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse

    /// Whether this step can do anything for requests to `route`; a step that cannot is
    /// not composed into that route's chain, so its requests do not pass through it.
    func applies(to route: Route) -> Bool
}

extension Middleware {
    public func applies(to route: Route) -> Bool { true }
}
