/// The first line of a request (RFC 9112 §3), checked: the method is a token, the version
/// is HTTP/1.0 or HTTP/1.1, and the target is in a form this server serves.
///
/// CONNECT (authority-form) is answered 501: this server is not a proxy. An absolute-form
/// target (`http://host/path`), which servers must accept, is reduced to its path and
/// query, and its authority replaces the Host field as RFC 9112 §3.2.2 requires.
struct HTTPRequestLine: Sendable, Equatable {
    var method: HTTPMethod
    /// The path and query (`/projects?limit=10`), or `*` for OPTIONS.
    var target: String
    var version: HTTPVersion
    /// The authority of an absolute-form target.
    var authority: String?

    /// Parses `bytes[line]`, the line without its CRLF, which holds only SP and VCHAR.
    init(_ bytes: [UInt8], _ line: Range<Int>) throws(HTTPParseError) {
        let methodEnd = Self.space(in: bytes, from: line.lowerBound, to: line.upperBound)
        let targetStart = methodEnd + 1
        let targetEnd = Self.space(in: bytes, from: targetStart, to: line.upperBound)
        guard methodEnd > line.lowerBound, targetEnd > targetStart, targetEnd < line.upperBound else {
            throw .malformedRequestLine
        }
        guard bytes[line.lowerBound..<methodEnd].allSatisfy(\.isHTTPTokenCharacter) else { throw .invalidMethod }
        method = HTTPMethod(rawValue: String(decoding: bytes[line.lowerBound..<methodEnd], as: UTF8.self))
        version = try Self.version(bytes, (targetEnd + 1)..<line.upperBound)
        guard method.rawValue != "CONNECT" else { throw .connectNotSupported }
        (target, authority) = try Self.target(bytes, targetStart..<targetEnd, method: method)
    }

    /// The index of the first SP at or after `start`, or `end`.
    private static func space(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var index = start
        while index < end, bytes[index] != .httpSpace { index += 1 }
        return index
    }

    /// `HTTP/DIGIT.DIGIT`, exactly and case-sensitively; well-formed versions other than
    /// 1.0 and 1.1 are answered 505, anything else 400.
    private static func version(_ bytes: [UInt8], _ range: Range<Int>) throws(HTTPParseError) -> HTTPVersion {
        let start = range.lowerBound
        guard range.count == 8, bytes[start] == UInt8(ascii: "H"), bytes[start + 1] == UInt8(ascii: "T"),
            bytes[start + 2] == UInt8(ascii: "T"), bytes[start + 3] == UInt8(ascii: "P"),
            bytes[start + 4] == UInt8(ascii: "/"), bytes[start + 5].isASCIIDigit,
            bytes[start + 6] == UInt8(ascii: "."), bytes[start + 7].isASCIIDigit
        else { throw .invalidVersion }
        let version = HTTPVersion(
            major: Int(bytes[start + 5] - UInt8(ascii: "0")), minor: Int(bytes[start + 7] - UInt8(ascii: "0")))
        guard version == .http1_1 || version == .http1_0 else {
            throw .unsupportedVersion(String(decoding: bytes[range], as: UTF8.self))
        }
        return version
    }

    private static func target(
        _ bytes: [UInt8], _ range: Range<Int>, method: HTTPMethod
    ) throws(HTTPParseError) -> (String, String?) {
        let first = bytes[range.lowerBound]
        if first == UInt8(ascii: "/") {
            return (String(decoding: bytes[range], as: UTF8.self), nil)
        }
        if first == UInt8(ascii: "*"), range.count == 1 {
            guard method == .options else { throw .invalidTarget }
            return ("*", nil)
        }
        return try absoluteTarget(bytes, range)
    }

    /// `http://authority[/path][?query]`, scheme case-insensitive, https too (a TLS
    /// terminator in front may forward the URL as the client wrote it).
    private static func absoluteTarget(_ bytes: [UInt8], _ range: Range<Int>) throws(HTTPParseError) -> (String, String?) {
        guard let scheme = ["http://", "https://"].first(where: { matchesIgnoringCase(bytes, range, prefix: $0) })
        else { throw .invalidTarget }
        let authorityStart = range.lowerBound + scheme.utf8.count
        var index = authorityStart
        while index < range.upperBound, bytes[index] != UInt8(ascii: "/"), bytes[index] != UInt8(ascii: "?") {
            index += 1
        }
        guard HTTPAuthority.isPlausible(bytes, authorityStart..<index) else { throw .invalidTarget }
        let authority = String(decoding: bytes[authorityStart..<index], as: UTF8.self)
        let rest = String(decoding: bytes[index..<range.upperBound], as: UTF8.self)
        return (rest.hasPrefix("/") ? rest : "/" + rest, authority)
    }

    private static func matchesIgnoringCase(_ bytes: [UInt8], _ range: Range<Int>, prefix: String) -> Bool {
        prefix.utf8.count <= range.count
            && zip(bytes[range], prefix.utf8).allSatisfy { $0.asciiLowercased == $1 }
    }
}
