/// Asks the `Policy`'s gate for the route's action before the handler runs: 401 for
/// nobody signed in, 403 with the reason otherwise. An action that concerns a resource is
/// decided again, with it, by the operation the handler runs.
public struct AuthorizationMiddleware: Middleware {
    public init() {}

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        try Policy.enforce(Policy.gate(actor: context.actor, action: context.route.action))
        return try await next(context)
    }
}

extension Policy {
    /// Decides `action` on `resource` and throws the API error for a verdict other than `allow`.
    public static func require(_ actor: Actor?, _ action: Action, on resource: Resource? = nil) throws(APIError) {
        try enforce(decide(actor: actor, action: action, resource: resource))
    }

    /// Throws the API error for a verdict other than `allow`.
    public static func enforce(_ verdict: Verdict) throws(APIError) {
        switch verdict {
        case .allow:
            return
        case .unauthenticated:
            throw .unauthenticated(detail: "Sign in, or send an API token as 'Authorization: Bearer <token>'.")
        case let .deny(reason):
            throw .forbidden(detail: reason)
        }
    }
}
