/// Asks the `Policy` whether the actor may perform the route's action before the
/// handler runs: 401 for nobody signed in, 403 with the reason otherwise.
public struct AuthorizationMiddleware: Middleware {
    public init() {}

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        try Policy.require(context.actor, context.route.action)
        return try await next(context)
    }
}

extension Policy {
    /// Throws the API error for a verdict other than `allow`.
    public static func require(_ actor: Actor?, _ action: Action, on resource: Resource? = nil) throws(APIError) {
        switch decide(actor: actor, action: action, resource: resource) {
        case .allow:
            return
        case .unauthenticated:
            throw .unauthenticated(detail: "Sign in, or send an API token as 'Authorization: Bearer <token>'.")
        case let .deny(reason):
            throw .forbidden(detail: reason)
        }
    }
}
