/// Headers that make browsers refuse framing, sniffing and foreign scripts on every
/// response, and HSTS when served over TLS.
public struct SecurityHeadersMiddleware: Middleware {
    public init() {}

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        var response = try await next(context)
        let headers = [
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
            ("Content-Security-Policy",
             "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"),
        ]
        for (name, value) in headers where !response.headers.contains(name) {
            response.headers.set(name, value)
        }
        if !response.headers.contains("Cache-Control") { response.headers.set("Cache-Control", "no-store") }
        if context.request.isSecure { response.headers.set("Strict-Transport-Security", "max-age=31536000") }
        return response
    }
}
