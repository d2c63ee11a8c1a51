import Testing

@testable import Server

@Suite struct HTTPHeadersTests {
    @Test func namesCompareCaseInsensitively() {
        var headers = HTTPHeaders([("Content-Type", "text/plain"), ("X-A", "1")])
        #expect(headers["content-type"] == "text/plain")
        #expect(headers["CONTENT-TYPE"] == "text/plain")
        #expect(headers["Content-Typf"] == nil)
        headers.add("x-a", "2")
        #expect(headers.values(for: "X-A") == ["1", "2"])
        headers.set("X-a", "3")
        #expect(headers.values(for: "x-A") == ["3"])
        headers.remove("CONTENT-type")
        #expect(!headers.contains("Content-Type"))
    }

    @Test func caseFoldingIsLimitedToLetters() {
        // '@' (0x40) and '`' (0x60) differ only in bit 0x20 but are not letters.
        #expect(!HTTPHeaders.same("a@", "a`"))
        #expect(!HTTPHeaders.same("[", "{"))
        #expect(HTTPHeaders.same("Host", "hOST"))
    }

    @Test func keepAliveFollowsVersionAndConnectionOptions() {
        func head(_ version: HTTPVersion, _ connection: String?) -> HTTPRequestHead {
            var headers = HTTPHeaders([("Host", "x")])
            if let connection { headers.add("Connection", connection) }
            return HTTPRequestHead(method: .get, target: "/", version: version, headers: headers, framing: .none)
        }
        #expect(head(.http1_1, nil).keepAlive)
        #expect(!head(.http1_1, "Close").keepAlive)
        #expect(!head(.http1_1, "upgrade, close").keepAlive)
        #expect(!head(.http1_0, nil).keepAlive)
        #expect(head(.http1_0, "Keep-Alive").keepAlive)
    }
}
