import Registry

/// Gives each request one read snapshot: everything its handler and the steps after this
/// one read (the session, the resource the policy decides on, the page's sections) is
/// one committed state, on one borrowed read connection.
struct ReadSnapshotMiddleware: Middleware {
    let database: RegistryDatabase

    func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        try await database.withReadSnapshot { try await next(context) }
    }
}
