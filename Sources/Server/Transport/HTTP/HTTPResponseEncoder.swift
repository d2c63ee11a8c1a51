/// Writes a response head (and body) as bytes, in one buffer so that the connection
/// sends each response with one system call. Header fields whose name is not a token or
/// whose value holds CR, LF or NUL are dropped: a handler cannot split a response.
struct HTTPResponseEncoder {
    /// How the connection frames and ends this response.
    struct Framing {
        var isHeadRequest: Bool
        var closeConnection: Bool
        var http1_0KeepAlive: Bool
        var date: String
    }

    static func encode(_ response: HTTPResponse, body: [UInt8], framing: Framing) -> [UInt8] {
        var out = head(response, framing: framing, contentLength: body.count)
        if !framing.isHeadRequest && allowsBody(response.status) {
            out.append(contentsOf: body)
        }
        return out
    }

    static func streamHead(_ response: HTTPResponse, framing: Framing) -> [UInt8] {
        head(response, framing: framing, contentLength: nil)
    }

    static func chunk(_ bytes: [UInt8]) -> [UInt8] {
        var out = Array(String(bytes.count, radix: 16).utf8)
        out.append(contentsOf: [13, 10])
        out.append(contentsOf: bytes)
        out.append(contentsOf: [13, 10])
        return out
    }

    static let lastChunk: [UInt8] = Array("0\r\n\r\n".utf8)

    static let continueResponse: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    private static func head(_ response: HTTPResponse, framing: Framing, contentLength: Int?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + (contentLength ?? 0))
        func line(_ name: String, _ value: String) {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
            out.append(contentsOf: value.utf8)
            out.append(contentsOf: [13, 10])
        }
        out.append(contentsOf: "HTTP/1.1 ".utf8)
        out.append(contentsOf: String(response.status.code).utf8)
        out.append(UInt8(ascii: " "))
        out.append(contentsOf: response.status.reasonPhrase.utf8)
        out.append(contentsOf: [13, 10])
        line("Date", framing.date)
        for (name, value) in response.headers where isToken(name) && isSafeValue(value) && !isFramingField(name) {
            line(name, value)
        }
        if allowsBody(response.status) {
            if let contentLength {
                line("Content-Length", String(contentLength))
            } else {
                line("Transfer-Encoding", "chunked")
            }
        }
        if framing.closeConnection {
            line("Connection", "close")
        } else if framing.http1_0KeepAlive {
            line("Connection", "keep-alive")
        }
        out.append(contentsOf: [13, 10])
        return out
    }

    /// 1xx, 204 and 304 responses carry no body and no Content-Length.
    static func allowsBody(_ status: HTTPStatus) -> Bool {
        !(status.code < 200 || status.code == 204 || status.code == 304)
    }

    private static func isFramingField(_ name: String) -> Bool {
        HTTPHeaders.same(name, "Content-Length") || HTTPHeaders.same(name, "Transfer-Encoding")
            || HTTPHeaders.same(name, "Connection") || HTTPHeaders.same(name, "Date")
    }

    private static func isToken(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.allSatisfy(\.isHTTPTokenCharacter)
    }

    private static func isSafeValue(_ value: String) -> Bool {
        value.utf8.allSatisfy { $0 != 13 && $0 != 10 && $0 != 0 }
    }
}
