/// Reads one request head out of the parser's buffer as its bytes arrive. The search for
/// line ends never goes back over bytes already searched, however the head is split (it
/// remembers where it stopped, as an offset from the head's start so that the buffer may
/// be compacted in between); each line is parsed once, when its CRLF arrives; and the
/// size limits are enforced before the head is complete, so an endless line is refused
/// as soon as it passes its limit.
struct HTTPHeadReader: Sendable {
    /// Room made for fields at the first one: what a browser or API client usually sends.
    private static let typicalFieldCount = 12

    private let limits: HTTPParserLimits
    /// Offset from the head's first byte of the next byte to examine.
    private var scanned = 0
    /// Offset from the head's first byte of the current line's first byte.
    private var lineStart = 0
    private var requestLine: HTTPRequestLine?
    private var headers = HTTPHeaders()
    private var fieldCount = 0
    private var hostCount = 0
    private var hostIsPlausible = false
    private var contentLengths: [String] = []
    private var transferEncodings: [String] = []

    init(limits: HTTPParserLimits) {
        self.limits = limits
    }

    /// Whether any byte of this head has been examined.
    var hasStarted: Bool { scanned > 0 }

    /// The head that starts at `bytes[start]` and its length in bytes, or nil while its
    /// final empty line has not arrived. The head may not start with an empty line.
    mutating func read(_ bytes: [UInt8], from start: Int) throws(HTTPParseError) -> (head: HTTPRequestHead, length: Int)? {
        while true {
            let lineStartIndex = start + lineStart
            if requestLine == nil {
                let limit = lineStartIndex + limits.maxRequestLineLength + 1
                switch try HTTPLineEnd.search(bytes, from: start + scanned, before: limit, visibleOnly: true) {
                case .notYet(let resumeAt):
                    scanned = resumeAt - start
                    guard resumeAt < limit else { throw .requestLineTooLong(limit: limits.maxRequestLineLength) }
                    return nil
                case .found(let cr):
                    requestLine = try HTTPRequestLine(bytes, lineStartIndex..<cr)
                    startLine(after: cr, headStart: start)
                }
            } else {
                // The last line's CR must leave room for its LF within the limit.
                let limit = start + limits.maxHeaderBytes - 1
                switch try HTTPLineEnd.search(bytes, from: start + scanned, before: limit) {
                case .notYet(let resumeAt):
                    scanned = resumeAt - start
                    guard resumeAt < limit else { throw .headerSectionTooLarge(limit: limits.maxHeaderBytes) }
                    return nil
                case .found(let cr) where cr == lineStartIndex:
                    return (try makeHead(), cr + 2 - start)
                case .found(let cr):
                    fieldCount += 1
                    guard fieldCount <= limits.maxHeaderCount else {
                        throw .tooManyHeaderFields(limit: limits.maxHeaderCount)
                    }
                    if fieldCount == 1 { headers.reserveCapacity(Self.typicalFieldCount) }
                    try record(HTTPFieldLine(bytes, lineStartIndex..<cr), in: bytes)
                    startLine(after: cr, headStart: start)
                }
            }
        }
    }

    private mutating func startLine(after cr: Int, headStart: Int) {
        lineStart = cr + 2 - headStart
        scanned = lineStart
    }

    /// Keeps the field, noting on the way the three that decide how the request is routed
    /// and framed, so that the end of the head need not search for them by name. Values
    /// are decoded as UTF-8; bytes that are not (obs-text) become U+FFFD.
    private mutating func record(_ field: HTTPFieldLine, in bytes: [UInt8]) {
        let value = String(decoding: bytes[field.value], as: UTF8.self)
        if field.nameIs("host", in: bytes) {
            hostCount += 1
            if hostCount == 1 { hostIsPlausible = HTTPAuthority.isPlausible(bytes, field.value) }
        } else if field.nameIs("content-length", in: bytes) {
            contentLengths.append(value)
        } else if field.nameIs("transfer-encoding", in: bytes) {
            transferEncodings.append(value)
        }
        headers.add(String(decoding: bytes[field.name], as: UTF8.self), value)
    }

    /// Checks Host (exactly one in HTTP/1.1, at most one in HTTP/1.0, plausible) and the
    /// body framing, and hands over the head. An absolute-form target's authority replaces
    /// the Host value.
    private mutating func makeHead() throws(HTTPParseError) -> HTTPRequestHead {
        guard let requestLine = requestLine.take() else { throw .malformedRequestLine }
        guard hostCount <= 1 else { throw .multipleHosts }
        guard hostCount == 0 || hostIsPlausible else { throw .invalidHost }
        guard hostCount == 1 || requestLine.version == .http1_0 else { throw .missingHost }
        let framing = try HTTPBodyFraming(
            contentLengths: contentLengths, transferEncodings: transferEncodings, version: requestLine.version)
        var fields = HTTPHeaders()
        swap(&fields, &headers)
        if let authority = requestLine.authority { fields.set("Host", authority) }
        return HTTPRequestHead(
            method: requestLine.method, target: requestLine.target, version: requestLine.version,
            headers: fields, framing: framing)
    }
}
