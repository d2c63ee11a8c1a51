import Glibc

/// Writes one JSON line per request (request id, method, route, status, duration,
/// actor id) and records the request in the metrics. Never the path's values, query,
/// headers or body: those may hold personal data or secrets.
public struct AccessLogMiddleware: Middleware {
    let log: LogSink
    let metrics: ServerMetrics

    public init(log: LogSink, metrics: ServerMetrics) {
        self.log = log
        self.metrics = metrics
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        let started = MonotonicTime.now()
        let response: HTTPResponse
        do {
            response = try await next(context)
        } catch {
            response = ProblemMapping.response(for: error, requestID: context.requestID)
        }
        let seconds = Double(MonotonicTime.now() &- started) / 1e9
        metrics.record(route: context.route.label, status: response.status.code, seconds: seconds)
        log.write(LogLine(level: "info", message: "http.request", fields: [
            ("request_id", .string(context.requestID)),
            ("method", .string(context.request.method.rawValue)),
            ("route", .string(context.route.label)),
            ("status", .integer(response.status.code)),
            ("duration_ms", .number(seconds * 1000)),
            ("actor", .string(context.logMetadata.actorID ?? "-")),
        ]))
        return response
    }
}
