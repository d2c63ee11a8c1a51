/// Serves signed-out readers' page views from `PageCache` when the page was rendered
/// since the database last changed, and keeps each page it renders for them; readers of
/// a page being rendered after the latest change wait for that render.
///
/// Only pages (routes answering HTML to GET) are kept, only for readers nobody signed in
/// as (a signed-in reader's page carries their name and their waiting acts), and only
/// complete 200 answers that set no cookie. Authorisation has decided before this step,
/// so a kept page is served only where the reader may see it.
struct PageCacheMiddleware: Middleware {
    let cache: PageCache

    func applies(to route: Route) -> Bool {
        route.method == .get && route.documentation.responseContentType.hasPrefix("text/html")
    }

    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.actor == nil, context.request.headers["Authorization"] == nil else { return try await next(context) }
        let request = context.request
        let key = PageCache.Key(target: request.queryString.map { "\(request.path)?\($0)" } ?? String(request.path),
                                language: Language(request))
        return try await cache.page(for: key) { try await next(context) }
    }
}
