/// Everything a caller can ask the server to do, named for the policy. Each route
/// declares exactly one.
public enum Action: String, Sendable, CaseIterable {
    /// Reaching a path or method no route serves (answered 404, 405 or 501).
    case reachUnroutedPath = "unrouted.reach"
    case readHealth = "health.read"
    case readAPIDocument = "api_document.read"
    case readMetrics = "metrics.read"
}
