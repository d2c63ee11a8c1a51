import Dispatch
import Glibc
import Ledger
import Registry
import Server

/// `glocal serve`: serves the HTTP API and pages from a data folder until SIGTERM or
/// SIGINT, then shuts down gracefully. With `--demo`, first loads the demo towns into a
/// fresh data folder, so one command gives a town to explore.
enum ServeCommand: Command {
    static let name = "serve"
    static let overview = "Serve the HTTP API and web pages from a data folder."
    static let usage = """
        glocal serve [--demo [--seeds <dir>]] [--data <dir>] [--host <address>] [--port <port>] [--tls-cert <file> --tls-key <file>] \
        [--log-level <level>]
        """
    static let help = """
        OPTIONS:
          --demo                  Load the demo towns into the data folder first, print one login
                                  per role, then serve (the folder must be fresh or absent).
          --seeds <dir>           With --demo: the seed files' folder. Default: $GLOCAL_SEEDS, else ./Seeds.
        \(DataOption.help)
          --host <address>        Address to listen on. Default: 127.0.0.1.
          --port <port>           Port to listen on; 0 picks a free one. Default: 8080.
          --tls-cert <file>       Serve HTTPS with this PEM certificate chain (the server's
                                  certificate first, then intermediates). Needs --tls-key.
          --tls-key <file>        The unencrypted PEM private key of that certificate; it should
                                  be readable by its owner only (a warning is logged otherwise).
          --log-level <level>     trace, debug, info, warning or error. Default: info.
          -h, --help              Show help information.

        The access log is written to stderr as JSON lines. SIGTERM or SIGINT stops accepting
        connections, lets requests in flight finish, and exits. With TLS, only TLS 1.2 and 1.3
        are accepted, responses carry Strict-Transport-Security and cookies are Secure.
        """

    static func run(_ words: [String], output: Output) async throws -> Int32 {
        let arguments = try Arguments(words, valued: ["data", "host", "port", "tls-cert", "tls-key", "log-level", "seeds"],
                                      flags: ["demo"], usage: usage)
        try arguments.expectPositionals(0, "no arguments")
        var configuration = ServerConfiguration()
        configuration.host = arguments.value("host") ?? configuration.host
        if let port = arguments.value("port") {
            guard let number = Int(port), (0...65535).contains(number) else {
                throw UsageError(message: "--port must be a number from 0 to 65535", usage: usage)
            }
            configuration.port = number
        }
        configuration.tls = try tls(arguments)
        let level = arguments.value("log-level") ?? "info"
        guard ["trace", "debug", "info", "warning", "error"].contains(level) else {
            throw UsageError(message: "--log-level must be trace, debug, info, warning or error", usage: usage)
        }
        let node = try await openNode(arguments, output: output)
        let servingLock = try node.folder.lockForServing()
        // Entries written while the node was not serving (`glocal import`) get their checkpoint
        // now, so that witnesses and followers see them.
        _ = try await node.ledger.checkpoint()
        let log = LogSink(descriptor: STDERR_FILENO, minimumLevel: level)
        if let tls = configuration.tls, let mode = tls.privateKeyExposedMode() {
            log.write(LogLine(level: "warning", message: "tls.private_key_readable_by_others",
                              fields: [("tls.key_path", .string(tls.privateKeyPath)),
                                       ("tls.key_mode", .string("0" + String(mode, radix: 8)))]))
        }
        let application = try GlocalApplication(node: node, log: log)
        let server = HTTPServer(configuration: configuration, responder: application.router)
        // Taken over before the server listens, so a SIGTERM that arrives as soon as the
        // address is printed already shuts down gracefully.
        let termination = try TerminationSignals()
        let port = try server.start()
        application.metrics.addGauge(ServerMetrics.Gauge(name: "glocal_http_open_connections", help: "Open HTTP connections.") {
            server.openConnections
        })
        let scheme = configuration.tls == nil ? "http" : "https"
        let siteAddress = "\(scheme)://\(displayHost(configuration.host)):\(port)"
        let mail = try MailSender(outbox: node.outbox, mailConfiguration: node.folder.mailConfigurationPath,
                                  mailFolder: node.folder.mailPath, siteAddress: siteAddress)
        let mailing = Task { await mail.run() }
        let witnessing = Task { await WitnessRequester(node: node).run() }
        let following = Task { await FederationFollower(node: node).run() }
        output.print("Glocal is serving on \(siteAddress)/")
        output.print("Mail is \(mail.destination) (administrators see it at \(siteAddress)/admin/mail)")
        await termination.wait()
        output.error("glocal: shutting down")
        mailing.cancel()
        witnessing.cancel()
        following.cancel()
        await server.shutdown()
        withExtendedLifetime(servingLock) {}
        return 0
    }

    /// The node to serve: the data folder as it is, or, with `--demo`, freshly loaded.
    private static func openNode(_ arguments: Arguments, output: Output) async throws -> Node {
        let folder = DataOption.folder(arguments)
        guard arguments.flag("demo") else {
            guard arguments.value("seeds") == nil else {
                throw UsageError(message: "--seeds needs --demo", usage: usage)
            }
            return try await folder.openNode()
        }
        return try await DemoCommand.load(into: folder, seeds: arguments.value("seeds"), output: output)
    }

    /// Both TLS files or neither: half a TLS setup is a mistake, not a request for HTTP.
    private static func tls(_ arguments: Arguments) throws -> TLSConfiguration? {
        switch (arguments.value("tls-cert"), arguments.value("tls-key")) {
        case (nil, nil):
            return nil
        case let (certificate?, key?):
            return TLSConfiguration(certificateChainPath: certificate, privateKeyPath: key)
        default:
            throw UsageError(message: "--tls-cert and --tls-key must be given together", usage: usage)
        }
    }

    private static func displayHost(_ host: String) -> String {
        host.contains(":") ? "[\(host)]" : host
    }
}
