import Testing

@testable import Server

@Suite struct HTTPRequestParserTests {
    @Test func simpleGetYieldsHeadThenEmptyBody() {
        let transcript = ParserTranscript("GET /projects?limit=10 HTTP/1.1\r\nHost: glocal.local\r\nAccept: */*\r\n\r\n")
        let head = HTTPRequestHead(
            method: .get, target: "/projects?limit=10", version: .http1_1,
            headers: HTTPHeaders([("Host", "glocal.local"), ("Accept", "*/*")]), framing: .none)
        #expect(transcript == ParserTranscript(events: [.head(head), .body([])]))
    }

    @Test func postWithContentLengthYieldsExactlyThatBody() {
        let transcript = ParserTranscript(
            "POST /api HTTP/1.1\r\nHost: a\r\nContent-Length:   11  \r\n\r\nhello worldGET")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.framing) == [.contentLength(11)])
        #expect(transcript.heads.first?.headers["Content-Length"] == "11")
        #expect(transcript.bodies == [Array("hello world".utf8)])
    }

    @Test func chunkedBodyIsDecodedAndExtensionsAndTrailersAreDropped() {
        let transcript = ParserTranscript(
            "POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n"
                + "5;name=value;quoted=\"a b\"\r\nhello\r\n6 ; last\r\n world\r\n000\r\n"
                + "Checksum: abc\r\nX-Trailer:\t1\r\n\r\n")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.framing) == [.chunked])
        #expect(transcript.heads.first?.headers.contains("Checksum") == false)
        #expect(transcript.bodies == [Array("hello world".utf8)])
    }

    @Test func pipelinedRequestsInOneBufferComeOutInOrder() {
        let transcript = ParserTranscript(
            "GET /a HTTP/1.1\r\nHost: a\r\n\r\n"
                + "POST /b HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc"
                + "POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n"
                + "GET /d HTTP/1.0\r\n\r\n")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.target) == ["/a", "/b", "/c", "/d"])
        #expect(transcript.bodies == [[], Array("abc".utf8), Array("x".utf8), []])
        #expect(transcript.events.count == 8)
    }

    @Test func headArrivingOneByteAtATimeCompletesOnItsLastByte() throws {
        let bytes = Array("GET /slow HTTP/1.1\r\nHost: a\r\nUser-Agent: test\r\n\r\n".utf8)
        var parser = HTTPRequestParser()
        #expect(parser.isIdle)
        for byte in bytes.dropLast() {
            parser.receive([byte])
            #expect(try parser.next() == nil)
            #expect(!parser.isIdle)
        }
        parser.receive([bytes[bytes.count - 1]])
        let event = try parser.next()
        guard case .head(let head) = event else {
            Issue.record("expected a head, got \(String(describing: event))")
            return
        }
        #expect(head.target == "/slow")
        #expect(head.headers["user-agent"] == "test")
        #expect(parser.bufferedByteCount == 0)
        #expect(!parser.isIdle)
        parser.acceptBody(maximumLength: 0)
        #expect(try parser.next() == .body([]))
        #expect(parser.isIdle)
    }

    @Test func expectContinueHeadComesBeforeTheBodyIsSent() throws {
        var parser = HTTPRequestParser()
        parser.receive(Array("PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n".utf8))
        guard case .head(let head) = try parser.next() else {
            Issue.record("expected the head before the body")
            return
        }
        #expect(head.expectsContinue)
        #expect(try parser.next() == nil)
        parser.acceptBody(maximumLength: 4)
        #expect(try parser.next() == nil)
        parser.receive(Array("da".utf8))
        #expect(try parser.next() == nil)
        parser.receive(Array("ta".utf8))
        #expect(try parser.next() == .body(Array("data".utf8)))
    }

    @Test func bodyIsNotReadUntilAccepted() throws {
        var parser = HTTPRequestParser()
        parser.receive(Array("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\nok".utf8))
        #expect(try parser.next() != nil)
        #expect(try parser.next() == nil)
        #expect(try parser.next() == nil)
        #expect(parser.bufferedByteCount == 2)
        parser.acceptBody(maximumLength: 2)
        parser.acceptBody(maximumLength: 0)
        #expect(try parser.next() == .body(Array("ok".utf8)))
    }

    @Test func http10MayOmitHost() {
        let transcript = ParserTranscript("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.version) == [.http1_0])
        #expect(transcript.heads.first?.keepAlive == true)
        #expect(transcript.heads.first?.headers.contains("Host") == false)
    }

    @Test func absoluteFormKeepsThePathAndReplacesHost() {
        let transcript = ParserTranscript(
            "GET HTTP://Example.org:8080/a/b?c=d HTTP/1.1\r\nHost: ignored.example\r\n\r\n"
                + "GET https://[::1]?q HTTP/1.1\r\nHost: x\r\n\r\n"
                + "GET http://example.org HTTP/1.0\r\n\r\n")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.target) == ["/a/b?c=d", "/?q", "/"])
        #expect(transcript.heads.map { $0.headers.values(for: "host") } == [["Example.org:8080"], ["[::1]"], ["example.org"]])
    }

    @Test func asteriskFormIsAcceptedForOptions() {
        let transcript = ParserTranscript("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(transcript.heads.map(\.target) == ["*"])
    }

    @Test func emptyLinesBeforeTheRequestLineAreIgnored() throws {
        var parser = HTTPRequestParser()
        parser.receive(Array("\r\n\r\n".utf8))
        #expect(try parser.next() == nil)
        #expect(parser.isIdle)
        parser.receive(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(try parser.next() != nil)
        let transcript = ParserTranscript(String(repeating: "\r\n", count: HTTPRequestParser.maxLeadingEmptyLines) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(transcript.error == nil)
    }

    @Test func repeatedEqualContentLengthsAreOneLength() {
        let transcript = ParserTranscript(
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3, 003\r\ncontent-length: 3\r\n\r\nabc")
        #expect(transcript.error == nil)
        #expect(transcript.heads.map(\.framing) == [.contentLength(3)])
    }

    @Test func valuesMayHoldTabsAndNonASCIIText() {
        let transcript = ParserTranscript("GET / HTTP/1.1\r\nHost: a\r\nX-Name: Ёлка\tи  ель \r\nX-Empty:\r\n\r\n")
        #expect(transcript.error == nil)
        #expect(transcript.heads.first?.headers["x-name"] == "Ёлка\tи  ель")
        #expect(transcript.heads.first?.headers["x-empty"] == "")
    }

    @Test func limitsAreInclusive() {
        let head = "GET /12 HTTP/1.1\r\nHost: a\r\nX-B: 1\r\n\r\n"
        let size = head.utf8.count
        let exact = HTTPParserLimits(maxRequestLineLength: 16, maxHeaderBytes: size, maxHeaderCount: 2)
        #expect(ParserTranscript(head, limits: exact).error == nil)
        var limits = exact
        limits.maxRequestLineLength = 15
        #expect(ParserTranscript(head, limits: limits).error == .requestLineTooLong(limit: 15))
        limits = exact
        limits.maxHeaderBytes = size - 1
        #expect(ParserTranscript(head, limits: limits).error == .headerSectionTooLarge(limit: size - 1))
        limits = exact
        limits.maxHeaderCount = 1
        #expect(ParserTranscript(head, limits: limits).error == .tooManyHeaderFields(limit: 1))
    }

    @Test func rawBufferInputWorksLikeArrayInput() throws {
        var parser = HTTPRequestParser()
        Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8).withUnsafeBytes { parser.receive($0) }
        #expect(try parser.next() != nil)
    }

    @Test func bytesAfterTheRequestStayBuffered() throws {
        var parser = HTTPRequestParser()
        parser.receive(Array("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\nextra".utf8))
        guard case .head(let head) = try parser.next() else {
            Issue.record("expected a head")
            return
        }
        #expect(!head.keepAlive)
        parser.acceptBody(maximumLength: 0)
        #expect(try parser.next() == .body([]))
        #expect(parser.bufferedByteCount == 5)
        #expect(!parser.isIdle)
    }

    @Test func failedParserKeepsThrowingTheSameErrorAndDropsInput() {
        var parser = HTTPRequestParser()
        parser.receive(Array("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n".utf8))
        #expect(throws: HTTPParseError.multipleHosts) { try parser.next() }
        parser.receive(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8))
        #expect(throws: HTTPParseError.multipleHosts) { try parser.next() }
        #expect(parser.bufferedByteCount == 0)
        #expect(!parser.isIdle)
    }

    @Test func oversizedChunkedBodyIsRefusedBeforeItsDataArrives() throws {
        var parser = HTTPRequestParser()
        parser.receive(Array("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n".utf8))
        #expect(try parser.next() != nil)
        parser.acceptBody(maximumLength: 10)
        parser.receive(Array("6\r\nabcdef\r\n5\r\n".utf8))
        #expect(throws: HTTPParseError.bodyTooLarge(limit: 10)) { try parser.next() }
    }

    @Test func manySmallPipelinedRequestsSurviveBufferCompaction() throws {
        let request = Array("POST /p HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nabcde".utf8)
        let stream = Array(repeating: request, count: 500).flatMap { $0 }
        var parser = HTTPRequestParser()
        var bodies = 0
        var offset = 0
        while offset < stream.count {
            let end = min(stream.count, offset + 37)
            parser.receive(Array(stream[offset..<end]))
            offset = end
            while let event = try parser.next() {
                switch event {
                case .head: parser.acceptBody(maximumLength: 5)
                case .body(let body):
                    #expect(body == Array("abcde".utf8))
                    bodies += 1
                }
            }
        }
        #expect(bodies == 500)
        #expect(parser.isIdle)
    }

    @Test func everyErrorNamesAStatusTheConnectionCanSend() {
        let errors: [HTTPParseError] = [
            .requestLineTooLong(limit: 1), .headerSectionTooLarge(limit: 1), .bodyTooLarge(limit: 1),
            .unsupportedTransferCoding("gzip"), .unsupportedVersion("HTTP/2.0"), .missingHost,
        ]
        #expect(errors.map(\.status.code) == [414, 431, 413, 501, 505, 400])
        #expect(errors.allSatisfy { !$0.detail.isEmpty && $0.description.hasPrefix("\($0.status.code) ") })
    }
}
