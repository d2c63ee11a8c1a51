/// Decodes a chunked body (RFC 9112 §7.1) as its bytes arrive, moving chunk data out of
/// the parser's buffer at once so the buffer holds at most one chunk-size or trailer line.
/// It refuses the body as soon as the sizes announced pass the accepted maximum, checks
/// the CRLF after each chunk's data, and checks then discards the trailer fields.
struct HTTPChunkedDecoder: Sendable {
    private enum Phase: Sendable {
        case sizeLine
        case data(remaining: Int)
        case dataEnd
        case trailers
    }

    private let limits: HTTPParserLimits
    private let maximumLength: Int
    private var phase = Phase.sizeLine
    /// Offset from the current line's first byte of the next byte to examine.
    private var scanned = 0
    private var trailerBytes = 0
    private var total = 0

    init(limits: HTTPParserLimits, maximumLength: Int) {
        self.limits = limits
        self.maximumLength = maximumLength
    }

    /// Consumes what it can from `bytes[index...]`, appending chunk data to `body` and
    /// moving `index` past everything consumed. Returns true once the last chunk and the
    /// trailer section have been read.
    mutating func decode(_ bytes: [UInt8], at index: inout Int, into body: inout [UInt8]) throws(HTTPParseError) -> Bool {
        while true {
            switch phase {
            case .sizeLine:
                let limit = index + limits.maxChunkLineLength + 1
                switch try HTTPLineEnd.search(bytes, from: index + scanned, before: limit) {
                case .notYet(let resumeAt):
                    scanned = resumeAt - index
                    guard resumeAt < limit else { throw .chunkLineTooLong(limit: limits.maxChunkLineLength) }
                    return false
                case .found(let cr):
                    let size = try Self.chunkSize(bytes, index..<cr)
                    guard size <= maximumLength - total else { throw .bodyTooLarge(limit: maximumLength) }
                    total += size
                    index = cr + 2
                    scanned = 0
                    phase = size == 0 ? .trailers : .data(remaining: size)
                }
            case .data(let remaining):
                let count = min(remaining, bytes.count - index)
                guard count > 0 else { return false }
                body.append(contentsOf: bytes[index..<(index + count)])
                index += count
                phase = count == remaining ? .dataEnd : .data(remaining: remaining - count)
            case .dataEnd:
                guard index < bytes.count else { return false }
                guard bytes[index] == .httpCR else { throw .missingChunkDataTerminator }
                guard index + 1 < bytes.count else { return false }
                guard bytes[index + 1] == .httpLF else { throw .missingChunkDataTerminator }
                index += 2
                phase = .sizeLine
            case .trailers:
                // A field line's CR must leave room for its LF within what is left of
                // the limit; the final empty line may always come.
                let limit = index + max(limits.maxTrailerBytes - trailerBytes - 1, 1)
                switch try HTTPLineEnd.search(bytes, from: index + scanned, before: limit) {
                case .notYet(let resumeAt):
                    scanned = resumeAt - index
                    guard resumeAt < limit else { throw .trailerTooLarge(limit: limits.maxTrailerBytes) }
                    return false
                case .found(let cr) where cr == index:
                    index += 2
                    return true
                case .found(let cr):
                    _ = try HTTPFieldLine(bytes, index..<cr)
                    trailerBytes += cr + 2 - index
                    index = cr + 2
                    scanned = 0
                }
            }
        }
    }

    /// `1*HEXDIG [BWS ";" extensions]`. Extensions are not interpreted, only kept free of
    /// control characters; their length is bounded by the chunk-line limit.
    private static func chunkSize(_ bytes: [UInt8], _ line: Range<Int>) throws(HTTPParseError) -> Int {
        var index = line.lowerBound
        var size = 0
        while index < line.upperBound, let digit = bytes[index].hexDigitValue {
            guard size <= (Int.max - digit) / 16 else { throw .invalidChunkSize }
            size = size * 16 + digit
            index += 1
        }
        guard index > line.lowerBound else { throw .invalidChunkSize }
        guard index < line.upperBound else { return size }
        while index < line.upperBound, bytes[index].isHTTPWhitespace { index += 1 }
        guard index < line.upperBound, bytes[index] == UInt8(ascii: ";") else { throw .invalidChunkSize }
        guard bytes[index..<line.upperBound].allSatisfy(\.isHTTPFieldContent) else { throw .invalidChunkExtension }
        return size
    }
}
