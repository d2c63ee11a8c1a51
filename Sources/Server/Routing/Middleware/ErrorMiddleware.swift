/// Turns every error a handler or inner middleware throws into its RFC 9457 answer
/// through `ProblemMapping` — or, for a person's browser, into the same refusal as a page
/// (`ErrorPage`) — and logs the unexpected ones (without request data).
public struct ErrorMiddleware: Middleware {
    let log: LogSink

    public init(log: LogSink) {
        self.log = log
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        do {
            return try await next(context)
        } catch {
            let (problem, headers) = ProblemMapping.problem(for: error, requestID: context.requestID)
            let response = ErrorPage.isWanted(by: context.request)
                ? ErrorPage.response(for: problem, headers: headers, request: context.request, requestID: context.requestID,
                                     signedIn: context.actor != nil)
                : problem.response(headers: headers)
            if problem.status >= 500 {
                log.write(LogLine(level: "error", message: "request.failed", fields: [
                    ("request_id", .string(context.requestID)), ("route", .string(context.route.label)),
                    ("error.type", .string(String(describing: type(of: error)))),
                ]))
            }
            return response
        }
    }
}
