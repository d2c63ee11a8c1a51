import Ledger

/// Refuses state-changing requests authenticated by the session cookie unless they
/// carry the session's CSRF token (header `X-CSRF-Token`, or form field `csrf_token`).
/// Bearer-token requests need none: a browser never adds that header by itself.
public struct CSRFMiddleware: Middleware {
    public static let headerName = "X-CSRF-Token"
    public static let formField = "csrf_token"

    public init() {}

    /// Only state-changing routes need the token.
    public func applies(to route: Route) -> Bool {
        !Self.isSafe(route.method)
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        if !Self.isSafe(context.request.method), case let .session(expected)? = context.actor?.credential {
            let sent = context.request.headers[Self.headerName] ?? FormBody.value(of: Self.formField, in: context.request)
            guard let sent, ConstantTime.equal(Array(sent.utf8), Array(expected.utf8)) else { throw APIError.csrfTokenInvalid }
        }
        return try await next(context)
    }

    private static func isSafe(_ method: HTTPMethod) -> Bool {
        switch method {
        case .get, .head, .options: true
        default: false
        }
    }
}
