/// Turns every error a handler or inner middleware throws into its RFC 9457 answer
/// through `ProblemMapping`, and logs the unexpected ones (without request data).
public struct ErrorMiddleware: Middleware {
    let log: LogSink

    public init(log: LogSink) {
        self.log = log
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        do {
            return try await next(context)
        } catch {
            let response = ProblemMapping.response(for: error, requestID: context.requestID)
            if response.status.code >= 500 {
                log.write(LogLine(level: "error", message: "request.failed", fields: [
                    ("request_id", .string(context.requestID)), ("route", .string(context.route.label)),
                    ("error.type", .string(String(describing: type(of: error)))),
                ]))
            }
            return response
        }
    }
}
