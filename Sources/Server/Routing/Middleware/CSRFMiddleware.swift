import Ledger

/// Refuses state-changing requests authenticated by the session cookie unless they
/// carry the session's CSRF token (header `X-CSRF-Token`, or form field `csrf_token`).
/// Bearer-token requests need none: a browser never adds that header by itself.
public struct CSRFMiddleware: Middleware {
    public static let headerName = "X-CSRF-Token"
    public static let formField = "csrf_token"

    public init() {}

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        let safe: Set<HTTPMethod> = [.get, .head, .options]
        if !safe.contains(context.request.method), case let .session(expected)? = context.actor?.credential {
            let sent = context.request.headers[Self.headerName] ?? FormBody.value(of: Self.formField, in: context.request)
            guard let sent, ConstantTime.equal(Array(sent.utf8), Array(expected.utf8)) else { throw APIError.csrfTokenInvalid }
        }
        return try await next(context)
    }
}
