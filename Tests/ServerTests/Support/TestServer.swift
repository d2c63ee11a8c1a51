import Foundation
@testable import Server

/// A real server on a loopback ephemeral port for one test, stopped by `stop()`.
struct TestServer {
    let server: HTTPServer
    let port: Int

    static func start(_ responder: any HTTPResponder, configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> TestServer {
        // Timeouts far above any test's running time unless a test sets its own: the whole
        // suite runs in parallel on two cores, and a busy moment must not look like a slow client.
        var configuration = ServerConfiguration(host: "127.0.0.1", port: 0, loopCount: 2, headerReadTimeout: 120,
                                                requestReadTimeout: 120, idleTimeout: 120)
        configure(&configuration)
        let server = HTTPServer(configuration: configuration, responder: responder)
        let port = try server.start()
        return TestServer(server: server, port: port)
    }

    func client(timeout: Double = 60) throws -> RawClient {
        try RawClient(port: port, timeout: timeout)
    }

    func stop() async {
        await server.shutdown()
    }
}

/// A responder for transport tests: echoes the method, target and body, and serves a
/// few special paths (`/slow`, `/stream`, `/secure`).
struct EchoResponder: HTTPResponder {
    var bodyLimit = 1024
    var gate = Gate()

    func bodyLimit(for head: HTTPRequestHead) -> Int { bodyLimit }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        switch request.path {
        case "/slow":
            try? await Task.sleep(for: .milliseconds(200))
            return .text("slow")
        case "/gated":
            await gate.wait()
            return .text("gated")
        case "/secure":
            return .text(request.isSecure ? "secure" : "plain")
        case "/stream":
            return HTTPResponse(headers: HTTPHeaders([("Content-Type", "text/event-stream")]), body: .stream { writer in
                for index in 0..<3 { try await writer.write("data: \(index)\n\n") }
            })
        default:
            let text = "\(request.method) \(request.head.target) \(String(decoding: request.body, as: UTF8.self))"
            return .text(text)
        }
    }
}

/// Holds handlers at `/gated` until a test opens it.
actor Gate {
    private var isOpen = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        guard !isOpen else { return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func open() {
        isOpen = true
        for continuation in waiting { continuation.resume() }
        waiting.removeAll()
    }
}
