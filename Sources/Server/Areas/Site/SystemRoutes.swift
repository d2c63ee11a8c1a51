/// The routes every deployment has: health for load balancers, metrics for
/// Prometheus, and the OpenAPI document.
public enum SystemRoutes {
    public static func routes(metrics: ServerMetrics, document: OpenAPIEndpoint) -> [Route] {
        [
            Route(.get, "/healthz", operationID: "getHealth", summary: "Whether the node is up (for load balancers)",
                  tag: "system", action: .readHealth, access: .anyone,
                  documentation: RouteDocumentation(response: "Health")) { _ in
                HTTPResponse(contentType: "application/json", body: healthBody)
            },
            Route(.get, "/metrics", operationID: "getMetrics", summary: "Prometheus metrics", tag: "system",
                  action: .readMetrics, access: .roles([.admin]),
                  documentation: RouteDocumentation(responseContentType: "text/plain")) { _ in
                HTTPResponse(contentType: "text/plain; version=0.0.4; charset=utf-8", body: Array(await metrics.render().utf8))
            },
            Route(.get, "/api/openapi.json", operationID: "getOpenAPIDocument", summary: "This API's OpenAPI 3.1 document",
                  tag: "system", action: .readAPIDocument, access: .anyone) { _ in
                var response = HTTPResponse(contentType: "application/json", body: document.bytes)
                response.headers.set("Cache-Control", "public, max-age=300")
                return response
            },
        ]
    }

    /// The health answer: fixed, so a load balancer's probe costs nothing and never
    /// waits behind ledger writes. The ledger's size is a metric.
    private static let healthBody = Array(#"{"status":"ok"}"#.utf8)
}
