import Registry

/// How many acts wait for the signed-in reader of a page, counted once per page request
/// by `WaitingActCountMiddleware` so that the header of every page can show it.
enum WaitingActCount {
    @TaskLocal static var current: Int?
}

/// Counts the acts waiting for a signed-in reader of a page or of a form (whose refusal is
/// a page too), not of the JSON API, which has its own route for them: for the header.
struct WaitingActCountMiddleware: Middleware {
    let waitingActs: WaitingActs
    let members: Members

    func applies(to route: Route) -> Bool {
        route.tag == "pages"
    }

    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.route.tag == "pages", let actor = context.actor else { return try await next(context) }
        let count = try await waitingActs.waiting(for: actor, members: members).count
        return try await WaitingActCount.$current.withValue(count) { try await next(context) }
    }
}
