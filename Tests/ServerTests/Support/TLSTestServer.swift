@testable import Server

/// A `TestServer` speaking HTTPS with a certificate generated for this one test, and
/// clients that trust exactly that certificate.
struct TLSTestServer {
    let server: TestServer
    let certificate: SelfSignedCertificate
    let directory: TemporaryDirectory

    static func start(_ responder: any HTTPResponder,
                      configure: (inout ServerConfiguration) -> Void = { _ in }) throws -> TLSTestServer {
        let directory = try TemporaryDirectory()
        let certificate = try SelfSignedCertificate.generate(in: directory)
        let server = try TestServer.start(responder) {
            $0.tls = certificate.configuration
            // The header-read timeout runs from accept, and the test's handshake and its
            // first request are separate hops of a task that a busy cooperative pool can
            // hold back for seconds; tests of the timeout itself set their own.
            $0.headerReadTimeout = 60
            configure(&$0)
        }
        return TLSTestServer(server: server, certificate: certificate, directory: directory)
    }

    var port: Int { server.port }

    func client(versions: ClosedRange<Int32>? = nil, timeout: Double = 60) async throws -> TLSClient {
        try await TLSClient.connect(port: port, trusting: certificate.certificatePath, versions: versions, timeout: timeout)
    }

    func stop() async {
        await server.stop()
        directory.remove()
    }
}
