/// A step wrapped around every route's handler (request logging, authentication,
/// CSRF, ...). The router composes the list once per route when it is built.
public protocol Middleware: Sendable {
    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse
}
