import Testing
import TestSupport

@testable import Server

/// Fixed so a failure reproduces; each case's own seed is printed with any failure.
private let baseSeed: UInt64 = 0x4854_5450_5053_504C
private let caseCount: UInt64 = 500

/// Valid requests of every shape the parser accepts, to be pipelined in random order.
private let validRequests: [String] = [
    "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
    "GET /projects?limit=10&after=x HTTP/1.1\r\nHost: glocal.local:8080\r\nAccept: */*\r\nUser-Agent: t/1\r\n\r\n",
    "POST /api/v1/ideas HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\nContent-Length: 20\r\n\r\n{\"title\":\"Парк\"}",
    "PUT /f HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n",
    "POST /up HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Sum: 1\r\n\r\n",
    "POST /up HTTP/1.1\r\nHost: a\r\ntransfer-encoding: CHUNKED\r\n\r\n0\r\n\r\n",
    "GET /old HTTP/1.0\r\n\r\n",
    "POST /old HTTP/1.0\r\nContent-Length: 2\r\n\r\nhi",
    "\r\nGET http://example.org:80/abs?q HTTP/1.1\r\nHost: example.org\r\n\r\n",
    "OPTIONS * HTTP/1.1\r\nHost: [::1]:8443\r\nX-Empty:\r\nX-Tabs:\t a\tb \t\r\n\r\n",
]

@Suite struct HTTPRequestParserSplittingTests {
    @Test func everyValidRequestParsesAlone() {
        for request in validRequests {
            let transcript = ParserTranscript(request)
            #expect(transcript.error == nil && transcript.events.count == 2, "\(request): \(transcript)")
        }
    }

    @Test func pipelinedRequestsGiveTheEventsOfEachRequestInOrder() throws {
        for caseIndex in 0..<caseCount {
            let seed = baseSeed &+ caseIndex
            var random = SplitMix64(seed: seed)
            let chosen = (0...random.next(below: 6)).map { _ in validRequests[random.next(below: validRequests.count)] }
            let expected = chosen.flatMap { ParserTranscript($0).events }
            try #require(ParserTranscript(chosen.joined()).events == expected, "seed \(seed)")
        }
    }

    @Test func splittingPipelinedInputAnywhereYieldsTheSameEvents() throws {
        for caseIndex in 0..<caseCount {
            let seed = baseSeed &+ caseIndex
            var random = SplitMix64(seed: seed)
            let chosen = (0...random.next(below: 6)).map { _ in validRequests[random.next(below: validRequests.count)] }
            let input = Array(chosen.joined().utf8)
            let whole = ParserTranscript([input])
            try #require(whole.error == nil && whole.events.count == 2 * chosen.count, "seed \(seed): \(whole)")
            let cuts = Set((0..<(1 + random.next(below: 12))).map { _ in random.next(below: input.count + 1) })
            let bounds = [0] + cuts.sorted() + [input.count]
            let pieces = zip(bounds, bounds.dropFirst()).map { Array(input[$0..<$1]) }
            try #require(ParserTranscript(pieces) == whole, "seed \(seed), cuts \(cuts.sorted())")
        }
    }

    @Test func oneByteAtATimeYieldsTheSameEvents() {
        let input = Array(validRequests.joined().utf8)
        #expect(ParserTranscript(input.map { [$0] }) == ParserTranscript([input]))
    }
}
