import COpenSSL
import Foundation
import Glibc
import Testing

@testable import Server

@Suite struct TLSTests {
    @Test func servesKeepAliveRequestsOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let client = try await server.client()
        for path in ["/first", "/secure"] {
            try await client.send("GET \(path) HTTP/1.1\r\nHost: x\r\n\r\n")
            let response = try await client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == (path == "/secure" ? "secure" : "GET /first "))
        }
        #expect(["TLSv1.2", "TLSv1.3"].contains(client.protocolVersion))
        await server.stop()
    }

    @Test func plainRequestsAreNotSecure() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("GET /secure HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "plain")
        await server.stop()
    }

    @Test func answersPipelinedRequestsInOrderOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let client = try await server.client()
        try await client.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /second HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "slow")
        #expect(try await client.readResponse().text == "GET /second ")
        await server.stop()
    }

    @Test func resumesReadingAfterAFullPipelineOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder()) { $0.maxPipelinedRequests = 2 }
        let client = try await server.client()
        var batch = "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
        for index in 0..<20 { batch += "POST /p\(index) HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n\(index % 10)!" }
        try await client.send(batch)
        #expect(try await client.readResponse().text == "slow")
        for index in 0..<20 {
            #expect(try await client.readResponse().text == "POST /p\(index) \(index % 10)!")
        }
        await server.stop()
    }

    @Test func readsAChunkedBodyOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let client = try await server.client()
        try await client.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n")
        #expect(try await client.readResponse().text == "POST /c hello world")
        await server.stop()
    }

    @Test func streamsAResponseOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let client = try await server.client()
        try await client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.text == "data: 0\n\ndata: 1\n\ndata: 2\n\n")
        try await client.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "GET /after ")
        await server.stop()
    }

    @Test func sendsALargeResponseOverTLS() async throws {
        let server = try TLSTestServer.start(EchoResponder(bodyLimit: 1 << 20))
        let client = try await server.client()
        let body = String(repeating: "0123456789abcdef", count: 40_000)
        try await client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)")
        #expect(try await client.readResponse().text == "POST /big \(body)")
        await server.stop()
    }

    @Test func refusesTLS1_1() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        // The same widened client may still settle on TLS 1.2, so the refusal below is the server's.
        let widened = try await server.client(versions: TLS1_VERSION...TLS1_2_VERSION)
        #expect(widened.protocolVersion == "TLSv1.2")
        try await widened.send("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(try await widened.readResponse().status == 200)
        do {
            _ = try await server.client(versions: TLS1_VERSION...TLS1_1_VERSION)
            Issue.record("a TLS 1.1 handshake succeeded")
        } catch let TLSClientError.handshakeFailed(reason) {
            #expect(reason.contains("protocol version"), "\(reason)")
        }
        await server.stop()
    }

    @Test func closesAPlainHTTPRequestSentToTheTLSPort() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let plain = try RawClient(port: server.port, timeout: 3)
        try await plain.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        let received = await plain.bytesUntilClosed()
        #expect(received != nil, "the connection must be closed")
        #expect(received.map { String(decoding: $0, as: UTF8.self).contains("HTTP/1.1") } == false)
        let client = try await server.client()
        try await client.send("GET /still-up HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "GET /still-up ")
        await server.stop()
    }

    @Test func closesAClientThatNeverHandshakesAtTheHeaderReadTimeout() async throws {
        let server = try TLSTestServer.start(EchoResponder()) { $0.headerReadTimeout = 0.3 }
        // The receive timeout bounds the wait: the other timeouts are all far longer.
        let silent = try RawClient(port: server.port, timeout: 3)
        #expect(await silent.bytesUntilClosed() == [])
        // The count drops just after the socket closes, so give it a moment.
        for _ in 0..<100 where server.server.server.openConnections > 0 { try await Task.sleep(for: .milliseconds(10)) }
        #expect(server.server.server.openConnections == 0)
        await server.stop()
    }

    @Test func answers408OverTLSToAClientThatHandshakesButSendsNoRequest() async throws {
        // Long enough for a handshake on a loaded machine, short enough to wait for.
        let server = try TLSTestServer.start(EchoResponder()) { $0.headerReadTimeout = 1.5 }
        let client = try await server.client(timeout: 5)
        let response = try await client.readResponse()
        #expect(response.status == 408)
        #expect(await client.receivesCloseNotify())
        await server.stop()
    }

    @Test func endsTheSessionWithCloseNotifyAfterConnectionClose() async throws {
        let server = try TLSTestServer.start(EchoResponder())
        let client = try await server.client()
        try await client.send("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        #expect(try await client.readResponse().header("Connection") == "close")
        #expect(await client.receivesCloseNotify())
        await server.stop()
    }

    @Test func addsStrictTransportSecurityOverTLS() async throws {
        let app = try await TestApplication.make()
        let server = try TLSTestServer.start(app.application.router)
        let client = try await server.client()
        try await client.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.header("Strict-Transport-Security") == "max-age=31536000")
        await server.stop()
        app.remove()
    }
}
