/// Finds who is calling: a bearer token (`Authorization: Bearer …`) or the session
/// cookie. A bearer token that is present but unknown is refused outright (401); an
/// unknown or expired cookie just means nobody is signed in.
public struct AuthenticationMiddleware: Middleware {
    public static let sessionCookie = "glocal_session"
    let authenticator: any Authenticator

    public init(authenticator: any Authenticator) {
        self.authenticator = authenticator
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        var context = context
        if let authorization = context.request.headers["Authorization"] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer" else {
                throw APIError.unauthenticated(detail: "The Authorization header must be 'Bearer <token>'.")
            }
            guard let actor = try await authenticator.actor(bearerToken: String(parts[1].trimmingSpaces)) else {
                throw APIError.unauthenticated(detail: "The bearer token is unknown or revoked.")
            }
            context.actor = actor
        } else if let token = CookieHeader.value(of: Self.sessionCookie, in: context.request.headers) {
            context.actor = try await authenticator.actor(sessionToken: token)
        }
        return try await next(context)
    }
}

/// How the server learns who holds a session token or a bearer token; the Registry's
/// accounts answer it.
public protocol Authenticator: Sendable {
    func actor(sessionToken: String) async throws -> Actor?
    func actor(bearerToken: String) async throws -> Actor?
}
