import Registry

/// Gives every page one read transaction: whatever it reads, from the caller's session to
/// the last row it shows, is as of one moment, on a connection of its own. A page that
/// reads nothing borrows no connection; API answers, a read or two each, use the reader.
public struct ReadSnapshotMiddleware: Middleware {
    let database: RegistryDatabase

    public init(database: RegistryDatabase) {
        self.database = database
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.route.tag == "pages", context.request.method == .get || context.request.method == .head else {
            return try await next(context)
        }
        return try await database.snapshot { try await next(context) }
    }
}
