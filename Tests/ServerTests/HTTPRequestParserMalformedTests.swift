import Testing

@testable import Server

/// One refused input: what it is, the bytes, and the error (hence the status) it must get.
struct MalformedRequest: Sendable, CustomTestStringConvertible {
    let name: String
    let input: String
    let error: HTTPParseError
    var limits = HTTPParserLimits()
    var bodyLimit = 1 << 20

    var testDescription: String { name }
}

private let host = "Host: a\r\n"
private let post = "POST / HTTP/1.1\r\n" + host
private let chunkedPost = post + "Transfer-Encoding: chunked\r\n\r\n"
private let small = HTTPParserLimits(
    maxRequestLineLength: 32, maxHeaderBytes: 64, maxHeaderCount: 3, maxChunkLineLength: 8, maxTrailerBytes: 16)

/// Request smuggling and malformed-input cases, each with the exact error it must raise.
private let malformedRequests: [MalformedRequest] = [
    // Framing: the classic smuggling vectors.
    .init(name: "Content-Length with Transfer-Encoding",
          input: post + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n", error: .contentLengthWithTransferEncoding),
    .init(name: "Transfer-Encoding before Content-Length",
          input: post + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n", error: .contentLengthWithTransferEncoding),
    .init(name: "Content-Length fields that differ",
          input: post + "Content-Length: 5\r\nContent-Length: 6\r\n\r\n", error: .conflictingContentLengths),
    .init(name: "Content-Length list that differs",
          input: post + "Content-Length: 5, 6\r\n\r\n", error: .conflictingContentLengths),
    .init(name: "Content-Length with a plus sign", input: post + "Content-Length: +5\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length negative", input: post + "Content-Length: -1\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length with a space inside", input: post + "Content-Length: 1 0\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length led by a vertical tab",
          input: post + "Content-Length: \u{0B}5\r\n\r\n", error: .invalidFieldValue(name: "Content-Length")),
    .init(name: "Content-Length in hex", input: post + "Content-Length: 0x10\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length list with an empty entry", input: post + "Content-Length: 5,\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length empty", input: post + "Content-Length:\r\n\r\n", error: .invalidContentLength),
    .init(name: "Content-Length past 63 bits",
          input: post + "Content-Length: 9223372036854775808\r\n\r\n", error: .invalidContentLength),
    .init(name: "Transfer-Encoding chunked then gzip",
          input: post + "Transfer-Encoding: chunked, gzip\r\n\r\n", error: .chunkedNotFinal),
    .init(name: "Transfer-Encoding chunked twice in one field",
          input: post + "Transfer-Encoding: chunked, chunked\r\n\r\n", error: .chunkedNotFinal),
    .init(name: "Transfer-Encoding chunked in two fields",
          input: post + "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n", error: .chunkedNotFinal),
    .init(name: "Transfer-Encoding gzip alone",
          input: post + "Transfer-Encoding: gzip\r\n\r\n", error: .unsupportedTransferCoding("gzip")),
    .init(name: "Transfer-Encoding gzip then chunked",
          input: post + "Transfer-Encoding: gzip, chunked\r\n\r\n", error: .unsupportedTransferCoding("gzip")),
    .init(name: "Transfer-Encoding xchunked",
          input: post + "Transfer-Encoding: xchunked\r\n\r\n", error: .unsupportedTransferCoding("xchunked")),
    .init(name: "Transfer-Encoding chunked with a parameter",
          input: post + "Transfer-Encoding: chunked;q=1\r\n\r\n", error: .malformedTransferEncoding),
    .init(name: "Transfer-Encoding with an empty entry",
          input: post + "Transfer-Encoding: ,chunked\r\n\r\n", error: .malformedTransferEncoding),
    .init(name: "Transfer-Encoding with a space inside a coding",
          input: post + "Transfer-Encoding: chun ked\r\n\r\n", error: .malformedTransferEncoding),
    .init(name: "Transfer-Encoding in HTTP/1.0",
          input: "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n", error: .transferEncodingInHTTP10),
    .init(name: "space before the colon of Transfer-Encoding",
          input: post + "Transfer-Encoding : chunked\r\n\r\n", error: .whitespaceBeforeColon),
    .init(name: "tab before the colon", input: post + "Content-Length\t: 5\r\n\r\n", error: .whitespaceBeforeColon),
    // Field lines.
    .init(name: "obsolete line folding", input: "GET / HTTP/1.1\r\n" + host + "X: a\r\n b\r\n\r\n", error: .obsoleteLineFolding),
    .init(name: "whitespace before the first field",
          input: "GET / HTTP/1.1\r\n Host: a\r\n\r\n", error: .obsoleteLineFolding),
    .init(name: "bare CR inside a field", input: "GET / HTTP/1.1\r\nHost: a\rX: b\r\n\r\n", error: .bareCarriageReturn),
    .init(name: "bare CR in the request line", input: "GET /\r HTTP/1.1\r\n" + host + "\r\n", error: .bareCarriageReturn),
    .init(name: "bare LF ending the request line", input: "GET / HTTP/1.1\n" + host + "\r\n", error: .bareLineFeed),
    .init(name: "bare LF ending a field", input: "GET / HTTP/1.1\r\nHost: a\nX: b\r\n\r\n", error: .bareLineFeed),
    .init(name: "bare LF ending the head", input: "GET / HTTP/1.1\r\n" + host + "\n", error: .bareLineFeed),
    .init(name: "NUL in a value", input: "GET / HTTP/1.1\r\n" + host + "X-A: a\u{0}b\r\n\r\n", error: .invalidFieldValue(name: "X-A")),
    .init(name: "DEL in a value", input: "GET / HTTP/1.1\r\n" + host + "X-A: a\u{7F}\r\n\r\n", error: .invalidFieldValue(name: "X-A")),
    .init(name: "parenthesis in a field name", input: "GET / HTTP/1.1\r\n" + host + "X(a): b\r\n\r\n", error: .invalidFieldName),
    .init(name: "non-ASCII field name", input: "GET / HTTP/1.1\r\n" + host + "Хост: b\r\n\r\n", error: .invalidFieldName),
    .init(name: "empty field name", input: "GET / HTTP/1.1\r\n" + host + ": b\r\n\r\n", error: .invalidFieldName),
    .init(name: "field line without a colon", input: "GET / HTTP/1.1\r\n" + host + "X-A b\r\n\r\n", error: .missingColon),
    // Host.
    .init(name: "two Host fields", input: "GET / HTTP/1.1\r\nHost: a\r\nhost: b\r\n\r\n", error: .multipleHosts),
    .init(name: "no Host in HTTP/1.1", input: "GET / HTTP/1.1\r\nAccept: */*\r\n\r\n", error: .missingHost),
    .init(name: "Host with a path", input: "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n", error: .invalidHost),
    .init(name: "Host with a space", input: "GET / HTTP/1.1\r\nHost: a b\r\n\r\n", error: .invalidHost),
    .init(name: "Host with user information", input: "GET / HTTP/1.1\r\nHost: u@a\r\n\r\n", error: .invalidHost),
    .init(name: "Host empty", input: "GET / HTTP/1.1\r\nHost:\r\n\r\n", error: .invalidHost),
    .init(name: "Host with a non-numeric port", input: "GET / HTTP/1.1\r\nHost: a:8o\r\n\r\n", error: .invalidHost),
    // Request line.
    .init(name: "HTTP/2.0", input: "GET / HTTP/2.0\r\n" + host + "\r\n", error: .unsupportedVersion("HTTP/2.0")),
    .init(name: "HTTP/2 preface", input: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", error: .unsupportedVersion("HTTP/2.0")),
    .init(name: "HTTP/1.2", input: "GET / HTTP/1.2\r\n" + host + "\r\n", error: .unsupportedVersion("HTTP/1.2")),
    .init(name: "HTTP/1.1x", input: "GET / HTTP/1.1x\r\n" + host + "\r\n", error: .invalidVersion),
    .init(name: "lowercase http/1.1", input: "GET / http/1.1\r\n" + host + "\r\n", error: .invalidVersion),
    .init(name: "HTTP/10.0", input: "GET / HTTP/10.0\r\n" + host + "\r\n", error: .invalidVersion),
    .init(name: "space after the version", input: "GET / HTTP/1.1 \r\n" + host + "\r\n", error: .invalidVersion),
    .init(name: "two spaces after the method", input: "GET  / HTTP/1.1\r\n" + host + "\r\n", error: .malformedRequestLine),
    .init(name: "tab between method and target", input: "GET\t/ HTTP/1.1\r\n" + host + "\r\n", error: .malformedRequestLine),
    .init(name: "no version", input: "GET /\r\n" + host + "\r\n", error: .malformedRequestLine),
    .init(name: "non-ASCII byte in the target", input: "GET /ё HTTP/1.1\r\n" + host + "\r\n", error: .malformedRequestLine),
    .init(name: "TLS handshake", input: "\u{16}\u{03}\u{01}", error: .malformedRequestLine),
    .init(name: "method with a non-token character", input: "GE(T / HTTP/1.1\r\n" + host + "\r\n", error: .invalidMethod),
    .init(name: "relative target", input: "GET index.html HTTP/1.1\r\n" + host + "\r\n", error: .invalidTarget),
    .init(name: "asterisk with GET", input: "GET * HTTP/1.1\r\n" + host + "\r\n", error: .invalidTarget),
    .init(name: "absolute form with user information",
          input: "GET http://u@a/ HTTP/1.1\r\n" + host + "\r\n", error: .invalidTarget),
    .init(name: "absolute form with another scheme", input: "GET ftp://a/ HTTP/1.1\r\n" + host + "\r\n", error: .invalidTarget),
    .init(name: "CONNECT", input: "CONNECT a:443 HTTP/1.1\r\nHost: a:443\r\n\r\n", error: .connectNotSupported),
    .init(name: "too many empty lines first",
          input: String(repeating: "\r\n", count: HTTPRequestParser.maxLeadingEmptyLines + 1) + "GET / HTTP/1.1\r\n",
          error: .tooManyEmptyLines(limit: HTTPRequestParser.maxLeadingEmptyLines)),
    // Chunked bodies.
    .init(name: "chunk size not hex", input: chunkedPost + "g\r\n", error: .invalidChunkSize),
    .init(name: "chunk size with a sign", input: chunkedPost + "+5\r\nhello\r\n0\r\n\r\n", error: .invalidChunkSize),
    .init(name: "chunk size with 0x", input: chunkedPost + "0x5\r\nhello\r\n0\r\n\r\n", error: .invalidChunkSize),
    .init(name: "chunk size led by a space", input: chunkedPost + " 5\r\nhello\r\n0\r\n\r\n", error: .invalidChunkSize),
    .init(name: "chunk size followed by a space only", input: chunkedPost + "5 \r\nhello\r\n0\r\n\r\n", error: .invalidChunkSize),
    .init(name: "empty chunk size", input: chunkedPost + "\r\n", error: .invalidChunkSize),
    .init(name: "chunk size past 63 bits", input: chunkedPost + "8000000000000000\r\n", error: .invalidChunkSize),
    .init(name: "chunk size of 17 digits", input: chunkedPost + "10000000000000000\r\n", error: .invalidChunkSize),
    .init(name: "control character in a chunk extension", input: chunkedPost + "5;a=\u{1}\r\n", error: .invalidChunkExtension),
    .init(name: "chunk data without CRLF", input: chunkedPost + "3\r\nabcX\r\n0\r\n\r\n", error: .missingChunkDataTerminator),
    .init(name: "chunk data longer than its size", input: chunkedPost + "3\r\nabcd\r\n0\r\n\r\n", error: .missingChunkDataTerminator),
    .init(name: "chunk data followed by a bare LF", input: chunkedPost + "3\r\nabc\n0\r\n\r\n", error: .missingChunkDataTerminator),
    .init(name: "chunk-size line ended by a bare LF", input: chunkedPost + "3\nabc\r\n", error: .bareLineFeed),
    .init(name: "obsolete line folding in a trailer",
          input: chunkedPost + "0\r\nX: a\r\n b\r\n\r\n", error: .obsoleteLineFolding),
    .init(name: "space before the colon in a trailer",
          input: chunkedPost + "0\r\nX : a\r\n\r\n", error: .whitespaceBeforeColon),
    // Limits.
    .init(name: "request line too long before its end", input: "GET /" + String(repeating: "a", count: 40),
          error: .requestLineTooLong(limit: 32), limits: small),
    .init(name: "too many header fields", input: "GET / HTTP/1.1\r\n" + host + "A: 1\r\nB: 2\r\nC: 3\r\n\r\n",
          error: .tooManyHeaderFields(limit: 3), limits: small),
    .init(name: "head too large before its end", input: "GET / HTTP/1.1\r\n" + host + "X: " + String(repeating: "a", count: 60),
          error: .headerSectionTooLarge(limit: 64), limits: small),
    .init(name: "default limit of 100 fields",
          input: "GET / HTTP/1.1\r\n" + host + String(repeating: "X: 1\r\n", count: 100) + "\r\n",
          error: .tooManyHeaderFields(limit: 100)),
    .init(name: "chunk-size line too long", input: chunkedPost + "5;abcdefgh\r\n",
          error: .chunkLineTooLong(limit: 8), limits: small),
    .init(name: "trailer section too large", input: chunkedPost + "0\r\nX-Trailer: abcdef\r\n\r\n",
          error: .trailerTooLarge(limit: 16), limits: small),
    .init(name: "Content-Length over the accepted maximum", input: post + "Content-Length: 11\r\n\r\n",
          error: .bodyTooLarge(limit: 10), bodyLimit: 10),
    .init(name: "chunked body over the accepted maximum", input: chunkedPost + "6\r\nabcdef\r\n5\r\n",
          error: .bodyTooLarge(limit: 10), bodyLimit: 10),
]

@Suite struct HTTPRequestParserMalformedTests {
    @Test func corpusIsLargeAndNamesAreUnique() {
        #expect(malformedRequests.count >= 40)
        #expect(Set(malformedRequests.map(\.name)).count == malformedRequests.count)
    }

    @Test(arguments: malformedRequests)
    func malformedRequestIsRefusedWithItsStatus(_ request: MalformedRequest) {
        let transcript = ParserTranscript(request.input, limits: request.limits, bodyLimit: request.bodyLimit)
        #expect(transcript.error == request.error, "\(transcript)")
        #expect(transcript.error?.status.code == request.error.status.code)
        #expect(transcript.bodies.isEmpty, "no request of a refused input may complete")
    }

    @Test(arguments: malformedRequests)
    func errorDoesNotDependOnHowTheInputWasSplit(_ request: MalformedRequest) {
        let bytes = Array(request.input.utf8)
        let byteByByte = ParserTranscript(bytes.map { [$0] }, limits: request.limits, bodyLimit: request.bodyLimit)
        #expect(byteByByte.error == request.error, "\(byteByByte)")
    }

    @Test func statusesAreThoseTheConnectionSends() {
        let statuses = Dictionary(grouping: malformedRequests, by: \.error.status.code).mapValues(\.count)
        #expect(Set(statuses.keys) == [400, 413, 414, 431, 501, 505])
    }
}
