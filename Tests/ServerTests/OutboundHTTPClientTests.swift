import Foundation
import Glibc
import Testing

@testable import Server

/// The witness client asks a witness over plain HTTP or over TLS, where it checks the
/// witness's certificate as mail is sent: a certificate it cannot trust is refused and
/// nothing is posted.
@Suite struct OutboundHTTPClientTests {
    @Test func postsOverTLSToAWitnessWhoseCertificateItTrusts() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let url = "https://127.0.0.1:\(server.port)/witness/add-checkpoint"
        let answer = try await OutboundHTTPClient(certificateAuthorityFile: server.certificate.certificatePath).post(url, body: "old 0")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 0")
        await #expect(throws: OutboundHTTPClient.Unreachable.self, "a certificate no CA it knows has signed") {
            try await OutboundHTTPClient().post(url, body: "old 0")
        }
        await server.stop()
    }

    @Test func postsOverPlainHTTPAndRefusesOtherSchemes() async throws {
        let server = try TestServer.start(EchoResponder())
        let answer = try await OutboundHTTPClient().post("http://127.0.0.1:\(server.port)/witness/add-checkpoint", body: "old 1")
        #expect(answer.status == 200 && answer.body == "POST /witness/add-checkpoint old 1")
        let refused = await #expect(throws: OutboundHTTPClient.Unreachable.self) {
            try await OutboundHTTPClient().post("ftp://127.0.0.1:\(server.port)/", body: "")
        }
        #expect(refused?.description.contains("http:// or https://") == true)
        await server.stop()
    }

    /// A chunked answer is read as its chunks joined; an answer shorter than its
    /// Content-Length is refused rather than taken as a whole body.
    @Test func readsChunkedAnswersAndRefusesOnesCutShort() async throws {
        let server = try TestServer.start(ChunkedResponder())
        let answer = try await OutboundHTTPClient().get("http://127.0.0.1:\(server.port)/chunked")
        #expect(answer.status == 200 && answer.body == "Глазов, Курган")
        await server.stop()

        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(listener) }
        var address = sockaddr_in(sin_family: sa_family_t(AF_INET), sin_port: 0, sin_addr: in_addr(s_addr: inet_addr("127.0.0.1")),
                                  sin_zero: (0, 0, 0, 0, 0, 0, 0, 0))
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        try withUnsafeMutablePointer(to: &address) { pointer in
            try pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                guard bind(listener, $0, length) == 0, listen(listener, 1) == 0, getsockname(listener, $0, &length) == 0 else {
                    throw POSIXError(.EADDRINUSE)
                }
            }
        }
        let port = Int(UInt16(bigEndian: address.sin_port))
        let served = Thread {
            let connection = accept(listener, nil, nil)
            var request = [UInt8](repeating: 0, count: 4096)
            _ = recv(connection, &request, request.count, 0)
            let short = Array("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly part".utf8)
            _ = send(connection, short, short.count, 0)
            close(connection)
        }
        served.start()
        let refused = await #expect(throws: OutboundHTTPClient.Unreachable.self) {
            try await OutboundHTTPClient().get("http://127.0.0.1:\(port)/tile")
        }
        #expect(refused?.description.contains("9 of 100 bytes") == true, "\(String(describing: refused))")
    }
}

/// Answers with a body sent in chunks, as a stream.
private struct ChunkedResponder: HTTPResponder {
    func bodyLimit(for head: HTTPRequestHead) -> Int { 0 }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        HTTPResponse(headers: HTTPHeaders([("Content-Type", "text/plain; charset=utf-8")]), body: .stream { writer in
            try await writer.write(Array("Глазов".utf8))
            try await writer.write(Array(", Курган".utf8))
        })
    }
}
