import Glibc

/// Every limit and timeout of the HTTP server, with defaults fit for facing the
/// internet; `glocal serve` exposes the ones an operator tunes.
public struct ServerConfiguration: Sendable {
    public var host: String
    public var port: Int
    /// Event-loop threads; defaults to the number of cores.
    public var loopCount: Int
    public var parserLimits: HTTPParserLimits
    public var maxConnections: Int
    /// Pipelined requests answered at once per connection; reading pauses beyond it.
    public var maxPipelinedRequests: Int
    /// From the first byte of a request to the end of its head.
    public var headerReadTimeout: Double
    /// From the first byte of a request to the end of its body.
    public var requestReadTimeout: Double
    /// A keep-alive connection with nothing in flight is closed after this long.
    public var idleTimeout: Double
    /// A client that reads none of a pending response for this long is disconnected.
    public var writeTimeout: Double
    /// How long graceful shutdown waits for in-flight requests.
    public var shutdownGracePeriod: Double
    /// Serve HTTPS with this certificate and key; nil serves plain HTTP.
    public var tls: TLSConfiguration?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, loopCount: Int = ServerConfiguration.coreCount,
        parserLimits: HTTPParserLimits = HTTPParserLimits(), maxConnections: Int = 10_000,
        maxPipelinedRequests: Int = 16, headerReadTimeout: Double = 10, requestReadTimeout: Double = 60,
        idleTimeout: Double = 75, writeTimeout: Double = 60, shutdownGracePeriod: Double = 10,
        tls: TLSConfiguration? = nil
    ) {
        self.host = host
        self.port = port
        self.loopCount = max(1, loopCount)
        self.parserLimits = parserLimits
        self.maxConnections = maxConnections
        self.maxPipelinedRequests = max(1, maxPipelinedRequests)
        self.headerReadTimeout = headerReadTimeout
        self.requestReadTimeout = requestReadTimeout
        self.idleTimeout = idleTimeout
        self.writeTimeout = writeTimeout
        self.shutdownGracePeriod = shutdownGracePeriod
        self.tls = tls
    }

    public static var coreCount: Int {
        max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }
}
