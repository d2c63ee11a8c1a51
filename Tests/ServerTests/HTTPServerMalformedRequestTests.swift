import Foundation
import Testing

@testable import Server

/// Malformed and smuggling-style requests sent over a raw socket: each gets the
/// specified status as a problem document, the connection is closed, and the server
/// goes on serving others.
@Suite struct HTTPServerMalformedRequestTests {
    static let cases: [(String, String, Int)] = [
        ("CL and TE together", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("TE and CL together", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n", 400),
        ("conflicting CLs", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcde", 400),
        ("conflicting CL list", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4, 5\r\n\r\nabcde", 400),
        ("signed CL", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +4\r\n\r\nabcd", 400),
        ("hex CL", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 0x4\r\n\r\nabcd", 400),
        ("huge CL", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400),
        ("gzip coding", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n", 501),
        ("chunked not last", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n", 400),
        ("chunked twice", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("xchunked", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: xchunked\r\n\r\n", 501),
        ("TE on HTTP/1.0", "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", 400),
        ("space before colon", "GET / HTTP/1.1\r\nHost : x\r\n\r\n", 400),
        ("obs-fold", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n b\r\n\r\n", 400),
        ("bare CR in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n", 400),
        ("bare LF line end", "GET / HTTP/1.1\nHost: x\n\n", 400),
        ("NUL in value", "GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u{0}b\r\n\r\n", 400),
        ("bad field name", "GET / HTTP/1.1\r\nHost: x\r\nX(A): a\r\n\r\n", 400),
        ("no Host", "GET / HTTP/1.1\r\n\r\n", 400),
        ("two Hosts", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
        ("bad chunk size", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n", 400),
        ("chunk size overflow", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\n", 400),
        ("missing CRLF after chunk", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n", 400),
        ("HTTP/2.0", "GET / HTTP/2.0\r\nHost: x\r\n\r\n", 505),
        ("lowercase version", "GET / http/1.1\r\nHost: x\r\n\r\n", 400),
        ("double space in request line", "GET  / HTTP/1.1\r\nHost: x\r\n\r\n", 400),
        ("request line too long", "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        ("too many fields", "GET / HTTP/1.1\r\nHost: x\r\n" + String(repeating: "X-A: b\r\n", count: 101) + "\r\n", 431),
        ("header section too large", "GET / HTTP/1.1\r\nHost: x\r\nX-A: " + String(repeating: "b", count: 70_000) + "\r\n\r\n", 431),
        ("body over the limit", "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2048\r\n\r\n", 413),
        ("chunked body over the limit", "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n800\r\n" + String(repeating: "a", count: 2048) + "\r\n0\r\n\r\n", 413),
        ("expectation", "GET / HTTP/1.1\r\nHost: x\r\nExpect: teapot\r\n\r\n", 417),
        ("garbage", "\u{16}\u{03}\u{01}\u{02}\u{00}\u{01}\u{00}\u{01}\u{fc}\u{03}\u{03}\r\n\r\n", 400),
    ]

    @Test func answersEachMalformedRequestAndCloses() async throws {
        let server = try TestServer.start(EchoResponder())
        for (name, bytes, status) in Self.cases {
            let client = try server.client()
            try await client.send(bytes)
            let response = try await client.readResponse()
            #expect(response.status == status, "\(name)")
            #expect(response.header("Content-Type") == "application/problem+json", "\(name)")
            #expect(response.header("Connection") == "close", "\(name)")
            #expect(await client.isClosedByPeer(), "\(name)")
        }
        let healthy = try server.client()
        try await healthy.send("GET /still-serving HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await healthy.readResponse().status == 200)
        await server.stop()
    }

    @Test func answersEarlierPipelinedRequestsBeforeRefusing() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\nHost : x\r\n\r\n")
        #expect(try await client.readResponse().text == "GET /ok ")
        #expect(try await client.readResponse().status == 400)
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    /// A thousand connections trickle their heads; a normal client is still served at
    /// once, and the tricklers are cut off at the header-read timeout.
    @Test func slowLorisCannotStarveANormalClient() async throws {
        let server = try TestServer.start(EchoResponder()) { $0.headerReadTimeout = 3 }
        var slow: [RawClient] = []
        for _ in 0..<1000 {
            let client = try server.client(timeout: 5)
            try await client.send("GET / HTTP/1.1\r\n")
            slow.append(client)
        }
        for round in 0..<3 {
            for client in slow { try? await client.send("X-\(round): a\r\n") }
            let started = Date()
            let normal = try server.client(timeout: 10)
            try await normal.send("GET /normal HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await normal.readResponse().status == 200)
            #expect(Date().timeIntervalSince(started) < 5, "served while the tricklers wait")
            try await Task.sleep(for: .milliseconds(200))
        }
        try await Task.sleep(for: .seconds(3))
        var timedOut = 0
        for client in slow.prefix(20) where (try? await client.readResponse().status) == 408 { timedOut += 1 }
        #expect(timedOut == 20)
        await server.stop()
    }
}
