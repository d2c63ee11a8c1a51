import Foundation
import Glibc
import Synchronization
import Testing

@testable import Server

@Suite struct HTTPServerTests {
    @Test func answersASimpleRequest() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("GET /hello HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.status == 200)
        #expect(response.text == "GET /hello ")
        #expect(response.header("Content-Length") == "11")
        #expect(response.header("Date")?.hasSuffix(" GMT") == true)
        #expect(response.header("Connection") == nil)
        await server.stop()
    }

    @Test func spreadsConnectionsThatArriveTogetherEvenlyOverTheLoops() async throws {
        let server = try TestServer.start(EchoResponder())
        let clients = try (0..<64).map { _ in try server.client() }
        for client in clients {
            try await client.send("GET /c HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await client.readResponse().status == 200)
        }
        #expect(await server.server.connectionsPerLoop() == [32, 32])
        await server.stop()
    }

    @Test func aHandlersAwaitsOfNonisolatedFunctionsDoNotSendItToTheBackOfTheLoop() async throws {
        let responder = AwaitingResponder()
        let server = try TestServer.start(responder) { $0.loopCount = 1 }
        let client = try server.client()
        // Both handlers start in one pass of the loop. Were each await of a nonisolated
        // function a trip through the loop's queue, the plain one would finish first.
        try await client.send("GET /awaits HTTP/1.1\r\nHost: x\r\n\r\nGET /plain HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "/awaits")
        #expect(try await client.readResponse().text == "/plain")
        #expect(responder.finished.withLock { $0 } == ["/awaits", "/plain"])
        await server.stop()
    }

    @Test func keepsTheConnectionAliveAcrossRequests() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        for index in 0..<5 {
            try await client.send("GET /\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await client.readResponse().text == "GET /\(index) ")
        }
        await server.stop()
    }

    @Test func answersPipelinedRequestsInOrder() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        // The slow request comes first: its answer must still come first.
        var batch = "GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
        for index in 0..<20 { batch += "POST /p\(index) HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n\(index % 10)!" }
        try await client.send(batch)
        #expect(try await client.readResponse().text == "slow")
        for index in 0..<20 {
            #expect(try await client.readResponse().text == "POST /p\(index) \(index % 10)!")
        }
        await server.stop()
    }

    @Test func readsChunkedBodies() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\nX-Trailer: y\r\n\r\n")
        #expect(try await client.readResponse().text == "POST /c hello world")
        await server.stop()
    }

    @Test func sendsContinueBeforeReadingTheBody() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n")
        let interim = try await client.readResponse()
        #expect(interim.status == 100)
        try await client.send("body")
        #expect(try await client.readResponse().text == "POST /e body")
        await server.stop()
    }

    @Test func refusesAnExpectationItCannotMeet() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("POST /e HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: something-else\r\n\r\nbody")
        #expect(try await client.readResponse().status == 417)
        await server.stop()
    }

    @Test func refusesABodyOverTheLimitWithoutReadingIt() async throws {
        let server = try TestServer.start(EchoResponder(bodyLimit: 10))
        let client = try server.client()
        try await client.send("POST /big HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nExpect: 100-continue\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.status == 413)
        #expect(response.header("Content-Type") == "application/problem+json")
        #expect(response.header("Connection") == "close")
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func answersHeadWithTheHeadersOfGet() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("HEAD /h HTTP/1.1\r\nHost: x\r\n\r\nGET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try await client.readResponse(toHead: true)
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == "8")
        #expect(head.body.isEmpty)
        // The next response starts right after the head: no body bytes were sent.
        #expect(try await client.readResponse().text == "GET /after ")
        await server.stop()
    }

    @Test func closesAfterConnectionClose() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("GET /a HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /ignored HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.header("Connection") == "close")
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func keepsHTTP1_0AliveOnlyWhenAsked() async throws {
        let server = try TestServer.start(EchoResponder())
        let plain = try server.client()
        try await plain.send("GET /a HTTP/1.0\r\n\r\n")
        #expect(try await plain.readResponse().header("Connection") == "close")
        #expect(await plain.isClosedByPeer())
        let alive = try server.client()
        try await alive.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try await alive.readResponse().header("Connection") == "keep-alive")
        try await alive.send("GET /b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try await alive.readResponse().text == "GET /b ")
        await server.stop()
    }

    @Test func streamsAChunkedResponse() async throws {
        let server = try TestServer.start(EchoResponder())
        let client = try server.client()
        try await client.send("GET /stream HTTP/1.1\r\nHost: x\r\n\r\n")
        let response = try await client.readResponse()
        #expect(response.header("Transfer-Encoding") == "chunked")
        #expect(response.text == "data: 0\n\ndata: 1\n\ndata: 2\n\n")
        try await client.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await client.readResponse().text == "GET /after ")
        await server.stop()
    }

    @Test func closesAnIdleKeepAliveConnection() async throws {
        let server = try TestServer.start(EchoResponder()) { $0.idleTimeout = 0.3 }
        // The client waits far longer than the idle timeout but well short of the
        // suite's usual 120 s, so only the idle timeout can have closed it.
        let client = try server.client(timeout: 15)
        try await client.send("GET /a HTTP/1.1\r\nHost: x\r\n\r\n")
        _ = try await client.readResponse()
        let started = Date()
        #expect(await client.isClosedByPeer())
        #expect(Date().timeIntervalSince(started) < 15)
        await server.stop()
    }

    @Test func answers408ToAClientTooSlowToSendItsHead() async throws {
        let server = try TestServer.start(EchoResponder()) { $0.headerReadTimeout = 0.3 }
        let client = try server.client(timeout: 15)
        try await client.send("GET /a HTTP/1.1\r\nHost:")
        let response = try await client.readResponse()
        #expect(response.status == 408)
        #expect(await client.isClosedByPeer())
        await server.stop()
    }

    @Test func shutsDownGracefullyFinishingInFlightRequests() async throws {
        let responder = EchoResponder()
        let server = try TestServer.start(responder)
        let client = try server.client()
        try await client.send("GET /gated HTTP/1.1\r\nHost: x\r\n\r\n")
        async let stopped: Void = server.stop()
        while !server.server.isShuttingDown { try await Task.sleep(for: .milliseconds(5)) }
        await responder.gate.open()
        let response = try await client.readResponse()
        #expect(response.text == "gated")
        #expect(response.header("Connection") == "close")
        await stopped
        #expect(throws: (any Error).self) { try server.client() }
    }

    @Test func holdsAThousandKeepAliveConnections() async throws {
        let server = try TestServer.start(EchoResponder())
        var clients: [RawClient] = []
        for _ in 0..<1000 { clients.append(try server.client()) }
        for (index, client) in clients.enumerated() {
            try await client.send("GET /c\(index) HTTP/1.1\r\nHost: x\r\n\r\n")
        }
        for (index, client) in clients.enumerated() {
            #expect(try await client.readResponse().text == "GET /c\(index) ")
        }
        #expect(server.server.openConnections == 1000)
        try await clients[0].send("GET /again HTTP/1.1\r\nHost: x\r\n\r\n")
        #expect(try await clients[0].readResponse().text == "GET /again ")
        await server.stop()
    }

    @Test func refusesConnectionsBeyondTheLimit() async throws {
        // A busy test run can hold this task's sleep back for seconds; the first two
        // connections must not reach the header-read timeout meanwhile and make room.
        let server = try TestServer.start(EchoResponder()) {
            $0.maxConnections = 2
            $0.headerReadTimeout = 60
        }
        let first = try server.client(), second = try server.client()
        try await Task.sleep(for: .milliseconds(50))
        let third = try server.client(timeout: 10)
        #expect(await third.isClosedByPeer())
        for client in [first, second] {
            try await client.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n")
            #expect(try await client.readResponse().status == 200)
        }
        await server.stop()
    }
}

/// Answers with the path, noting the order in which handlers finish; `/awaits` first
/// awaits a nonisolated async function fifty times.
private final class AwaitingResponder: HTTPResponder {
    let finished = Mutex<[String]>([])

    func bodyLimit(for head: HTTPRequestHead) -> Int { 0 }

    func respond(to request: HTTPRequest) async -> HTTPResponse {
        if request.path == "/awaits" {
            for step in 0..<50 { await Self.step(step) }
        }
        finished.withLock { $0.append(String(request.path)) }
        return .text(String(request.path))
    }

    @inline(never)
    private static func step(_ step: Int) async {
        precondition(step >= 0)
    }
}
