/// Headers that make browsers refuse framing, sniffing and foreign scripts on every
/// response, and HSTS when served over TLS.
public struct SecurityHeadersMiddleware: Middleware {
    public init() {}

    /// Added unless the handler set them itself. A handler that sets its own
    /// `Content-Security-Policy` decides framing there (`EmbedPages`), so then no
    /// `X-Frame-Options` is added.
    static let headers = [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "same-origin"),
        ("Cross-Origin-Opener-Policy", "same-origin"),
        ("Content-Security-Policy",
         "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"),
        ("Cache-Control", "no-store"),
    ]

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        var response = try await next(context)
        let framingDecided = response.headers.contains("Content-Security-Policy")
        for (name, value) in Self.headers where !response.headers.contains(name) && !(framingDecided && name == "X-Frame-Options") {
            response.headers.add(name, value)
        }
        if context.request.isSecure { response.headers.set("Strict-Transport-Security", "max-age=31536000") }
        return response
    }
}
