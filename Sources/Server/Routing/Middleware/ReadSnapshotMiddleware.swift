import Registry

/// Gives every read-only request one read transaction: whatever the page or the answer
/// reads, from the caller's session to the last row it shows, is as of one moment. A
/// request that reads nothing borrows no connection.
public struct ReadSnapshotMiddleware: Middleware {
    let database: RegistryDatabase

    public init(database: RegistryDatabase) {
        self.database = database
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.request.method == .get || context.request.method == .head else { return try await next(context) }
        return try await database.snapshot { try await next(context) }
    }
}
