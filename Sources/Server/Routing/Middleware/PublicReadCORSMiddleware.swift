/// Lets web pages of any origin read the public API, the tiled log, the open data and the
/// feeds (`Access-Control-Allow-Origin: *` on GET and HEAD answers under `/api/v1/`,
/// `/log/`, `/open-data/` and `/feeds/`), so a town's
/// site or an outside dashboard can show the registers and check the ledger from the
/// browser. With `*` a browser never sends cookies or reads a credentialed answer, so
/// such a page sees exactly what an anonymous caller sees; writes are not opened.
public struct PublicReadCORSMiddleware: Middleware {
    public init() {}

    static let prefixes = ["/api/v1/", "/log/", "/open-data/", "/feeds/"]

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        var response = try await next(context)
        let request = context.request
        if request.method == .get || request.method == .head, Self.prefixes.contains(where: { request.path.hasPrefix($0) }) {
            response.headers.set("Access-Control-Allow-Origin", "*")
        }
        return response
    }
}
