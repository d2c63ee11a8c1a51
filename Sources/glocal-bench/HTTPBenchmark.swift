import Foundation
import Glibc
import Ledger
import Registry
import Server

/// `glocal-bench http`: requests/s and latency p50/p99 at 64 keep-alive connections for
/// `/healthz` and a JSON endpoint behind a bearer token (`/api/v1/account`), beside a raw
/// epoll server answering fixed bytes under the same load generator; RSS with 1 000 open
/// idle connections; and `/healthz` over HTTPS beside the same over plain HTTP.
enum HTTPBenchmark {
    static let connections = 64
    static let seconds = 5.0

    static func run(emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let folder = try temporaryDirectory()
        defer { removeTree(folder) }
        let data = DataFolder(path: folder + "/node")
        _ = try await data.initialise(origin: "bench.glocal.example/ledger", durability: .normal)
        let node = try await data.openNode(durability: .normal)
        let application = try GlocalApplication(node: node, log: .discard)
        let account = try await node.accounts.createAccount(email: "bench@glocal.local", password: "bench password 2026")
        let token = try await node.accounts.createAPIToken(account: account.id, name: "bench")
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2),
                                responder: application.router)
        let port = try server.start()

        guard let raw = RawHTTPBaseline(threads: 2) else { throw BenchmarkError.cannotListen }
        let baseline = load(port: raw.port, path: "/healthz")
        raw.stop()
        progress("raw baseline: \(Int(baseline.requestsPerSecond)) req/s")

        var plainHealthz: LoadGenerator.Result?
        let bearer = "Authorization: Bearer \(token.secret)\r\n"
        for (name, path, extra) in [("http_healthz", "/healthz", ""), ("http_json_account_bearer", "/api/v1/account", bearer)] {
            let result = load(port: port, path: path, headers: extra)
            if path == "/healthz" { plainHealthz = result }
            emit(BenchmarkFigure(name: name + "_requests_per_second", value: result.requestsPerSecond, unit: "requests/s",
                                 baselineName: "raw_epoll_fixed_response", baselineValue: baseline.requestsPerSecond,
                                 target: "≥ 37000/s (Hummingbird 2 hello world, wrk -t2 -c64)"))
            emit(BenchmarkFigure(name: name + "_latency_p50", value: result.p50Milliseconds, unit: "ms",
                                 baselineName: "raw_epoll_fixed_response", baselineValue: baseline.p50Milliseconds))
            emit(BenchmarkFigure(name: name + "_latency_p99", value: result.p99Milliseconds, unit: "ms",
                                 baselineName: "raw_epoll_fixed_response", baselineValue: baseline.p99Milliseconds,
                                 target: "< 10 ms"))
            if result.errors > 0 { progress("\(name): \(result.errors) connection errors") }
        }

        let before = BenchSocket.residentBytes()
        var idle: [Int32] = []
        for _ in 0..<1000 {
            if let fd = BenchSocket.connect(port: port) { idle.append(fd) }
        }
        try await Task.sleep(for: .milliseconds(500))
        let after = BenchSocket.residentBytes()
        emit(BenchmarkFigure(name: "http_rss_with_1000_idle_connections", value: Double(after) / 1_048_576, unit: "MiB",
                             baselineName: "rss_before_connections", baselineValue: Double(before) / 1_048_576,
                             target: "≈ 32 MB (Hummingbird 2)"))
        emit(BenchmarkFigure(name: "http_open_idle_connections", value: Double(server.openConnections), unit: "connections"))
        for fd in idle { close(fd) }
        await server.shutdown()

        if let plainHealthz {
            try await measureHTTPS(router: application.router, folder: folder, plain: plainHealthz, emit: emit)
        }
    }

    /// The same `/healthz` load on sessions already established, so the figure is the
    /// cost of encrypting requests and responses, not of handshakes.
    private static func measureHTTPS(router: Router, folder: String, plain: LoadGenerator.Result,
                                     emit: @Sendable (BenchmarkFigure) -> Void) async throws {
        let tls = try BenchCertificate.write(into: folder)
        guard let client = LoadTLSClient() else { throw BenchmarkError.cannotSetUpTLS }
        let server = HTTPServer(configuration: ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2, tls: tls),
                                responder: router)
        let result = load(port: try server.start(), path: "/healthz", tls: client)
        await server.shutdown()
        emit(BenchmarkFigure(name: "https_healthz_requests_per_second", value: result.requestsPerSecond, unit: "requests/s",
                             baselineName: "http_healthz", baselineValue: plain.requestsPerSecond))
        emit(BenchmarkFigure(name: "https_healthz_latency_p50", value: result.p50Milliseconds, unit: "ms",
                             baselineName: "http_healthz", baselineValue: plain.p50Milliseconds))
        emit(BenchmarkFigure(name: "https_healthz_latency_p99", value: result.p99Milliseconds, unit: "ms",
                             baselineName: "http_healthz", baselineValue: plain.p99Milliseconds, target: "< 10 ms"))
        if result.errors > 0 { progress("https_healthz: \(result.errors) connection errors") }
    }

    /// One second of warm-up, then the measured run, at `connections` keep-alive connections.
    static func load(port: Int, path: String, headers: String = "", tls: LoadTLSClient? = nil) -> LoadGenerator.Result {
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(headers)\r\n".utf8)
        _ = LoadGenerator(port: port, request: request, connections: connections, threads: 2, seconds: 1, tls: tls).run()
        return LoadGenerator(port: port, request: request, connections: connections, threads: 2, seconds: seconds, tls: tls).run()
    }
}
