/// Serves page views from `PageCache` when the page was rendered since the database last
/// changed, and keeps each page it renders; readers of a page being rendered after the
/// latest change wait for that render.
///
/// Only pages (routes answering HTML to GET) are kept, and only complete 200 answers that
/// set no cookie. Readers nobody signed in as share one render of each page. Members
/// signed in with a session and holding the same roles share one render of a page that
/// is the same for all of them (`Route.isSameForEveryMember`), rendered with markers where
/// the header's count of waiting acts and the forms' CSRF token go, which each reader
/// gets filled with their own (`SharedRender`); any other page a member reads is
/// rendered for them. Authorisation has decided before this step, so a
/// kept page is served only where the reader may see it.
struct PageCacheMiddleware: Middleware {
    let cache: PageCache

    func applies(to route: Route) -> Bool {
        route.method == .get && route.documentation.responseContentType.hasPrefix("text/html")
    }

    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        let request = context.request
        guard request.headers["Authorization"] == nil else { return try await next(context) }
        let target = request.queryString.map { "\(request.path)?\($0)" } ?? String(request.path)
        let language = Language(request)
        let judging = context.route.judging
        guard let actor = context.actor else {
            let key = PageCache.Key(target: target, language: language, reader: .signedOut, judging: judging)
            return try await cache.page(for: key) { try await next(context) }
        }
        guard context.route.isSameForEveryMember, case let .session(token) = actor.credential else { return try await next(context) }
        let key = PageCache.Key(target: target, language: language, reader: .member(roles: actor.roles.map(\.rawValue).sorted()),
                                judging: judging)
        let shared = try await SharedRender.$isActive.withValue(true) { try await cache.page(for: key) { try await next(context) } }
        return SharedRender.filling(shared, waiting: WaitingActCount.current ?? 0, csrfToken: token, language: language)
    }
}
