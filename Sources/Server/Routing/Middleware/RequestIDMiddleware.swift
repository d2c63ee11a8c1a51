/// Returns the request id in `X-Request-ID`, so a person reporting a failure can quote
/// the id the access log and the problem document carry.
public struct RequestIDMiddleware: Middleware {
    public init() {}

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        var response = try await next(context)
        response.headers.set("X-Request-ID", context.requestID)
        return response
    }
}
