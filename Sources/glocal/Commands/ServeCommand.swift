import Dispatch
import Glibc
import Ledger
import Registry
import Server

/// `glocal serve`: serves the HTTP API and pages from a data folder until SIGTERM or
/// SIGINT, then shuts down gracefully.
enum ServeCommand: Command {
    static let name = "serve"
    static let overview = "Serve the HTTP API and web pages from a data folder."
    static let usage = "glocal serve [--data <dir>] [--host <address>] [--port <port>] [--log-level <level>]"
    static let help = """
        OPTIONS:
        \(DataOption.help)
          --host <address>        Address to listen on. Default: 127.0.0.1.
          --port <port>           Port to listen on; 0 picks a free one. Default: 8080.
          --log-level <level>     trace, debug, info, warning or error. Default: info.
          -h, --help              Show help information.

        The access log is written to stderr as JSON lines. SIGTERM or SIGINT stops accepting
        connections, lets requests in flight finish, and exits.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data", "host", "port", "log-level"], flags: [], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        var configuration = ServerConfiguration()
        configuration.host = arguments.value("host") ?? configuration.host
        if let port = arguments.value("port") {
            guard let number = Int(port), (0...65535).contains(number) else {
                throw UsageError(message: "--port must be a number from 0 to 65535", usage: usage)
            }
            configuration.port = number
        }
        let level = arguments.value("log-level") ?? "info"
        guard ["trace", "debug", "info", "warning", "error"].contains(level) else {
            throw UsageError(message: "--log-level must be trace, debug, info, warning or error", usage: usage)
        }
        let node = try await DataOption.folder(arguments).openNode()
        let log = LogSink(descriptor: STDERR_FILENO, minimumLevel: level)
        let application = try GlocalApplication(node: node, log: log)
        let server = HTTPServer(configuration: configuration, responder: application.router)
        let port = try server.start()
        application.metrics.addGauge(ServerMetrics.Gauge(name: "glocal_http_open_connections", help: "Open HTTP connections.") {
            server.openConnections
        })
        output.print("Glocal is serving on http://\(displayHost(configuration.host)):\(port)/")
        await SignalWait.untilTerminated()
        output.error("glocal: shutting down")
        await server.shutdown()
        return 0
    }

    private static func displayHost(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}

/// Waits for SIGTERM or SIGINT, which are taken from their default action (exit) so
/// that the server can shut down gracefully instead.
enum SignalWait {
    static func untilTerminated() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let queue = DispatchQueue(label: "glocal.signals")
            let resumed = SignalResumer(continuation)
            for signal in [SIGTERM, SIGINT] {
                Glibc.signal(signal, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
                source.setEventHandler { resumed.resume() }
                source.resume()
                resumed.keep(source)
            }
        }
    }
}
