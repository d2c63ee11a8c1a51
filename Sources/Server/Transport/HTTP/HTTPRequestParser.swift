/// Incremental HTTP/1.1 request parser (RFC 9112) for one connection. Pure value type:
/// no I/O. The connection hands it bytes as they arrive and asks for the next event; the
/// parser says nil until the buffered bytes complete one, so a request may arrive in any
/// number of pieces and several pipelined requests in one.
///
/// It is strict where leniency lets two HTTP implementations disagree about where a
/// request ends: lines end with CRLF only, no obsolete line folding, no whitespace before
/// a colon, one Host, unambiguous framing. Every size is bounded by `HTTPParserLimits`
/// or by the maximum passed to `acceptBody(maximumLength:)`. After the first error the
/// parser drops its buffer and throws that error forever.
///
/// Each request yields `.head`, then waits until `acceptBody(maximumLength:)` (also for a
/// request without a body), then yields `.body`.
public struct HTTPRequestParser: Sendable {
    private enum Phase: Sendable {
        case head
        case awaitingAcceptance(HTTPBodyFraming)
        case fixedLengthBody(remaining: Int)
        case chunkedBody(HTTPChunkedDecoder)
    }

    /// Empty lines tolerated before a request line (RFC 9112 §2.2 asks for at least one),
    /// so a client cannot hold the connection open by sending nothing else.
    static let maxLeadingEmptyLines = 8
    /// Capacity kept by an emptied buffer; a larger one, left by a big body, is freed.
    private static let retainedCapacity = 64 * 1024
    /// Consumed bytes left at the front of the buffer before it is compacted.
    private static let compactionThreshold = 4 * 1024

    private let limits: HTTPParserLimits
    private var buffer: [UInt8] = []
    /// Index in `buffer` of the first byte not yet consumed.
    private var readIndex = 0
    private var phase = Phase.head
    /// The error that ended parsing; kept apart from `phase` so that the phase, checked
    /// on every call, stays a plain value that is cheap to copy.
    private var failure: HTTPParseError?
    private var reader: HTTPHeadReader
    private var leadingEmptyLines = 0
    private var body: [UInt8] = []

    public init(limits: HTTPParserLimits = HTTPParserLimits()) {
        self.limits = limits.clamped
        reader = HTTPHeadReader(limits: self.limits)
    }

    /// Appends bytes received from the peer. Ignored once the parser has failed.
    public mutating func receive(_ bytes: UnsafeRawBufferPointer) {
        guard prepareToReceive() else { return }
        buffer.append(contentsOf: bytes)
    }

    /// Appends bytes received from the peer. Ignored once the parser has failed.
    public mutating func receive(_ bytes: [UInt8]) {
        guard prepareToReceive() else { return }
        buffer.append(contentsOf: bytes)
    }

    /// The next event that the buffered bytes complete, or nil if more bytes are needed
    /// (or, after `.head`, until `acceptBody(maximumLength:)` is called).
    public mutating func next() throws(HTTPParseError) -> HTTPParserEvent? {
        do throws(HTTPParseError) {
            return try advance()
        } catch {
            fail(error)
            throw error
        }
    }

    /// After `.head`: lets `next()` read this request's body, refusing it with
    /// `.bodyTooLarge` (413) if it is longer than `maximumLength` bytes — at once for a
    /// Content-Length, and for a chunked body as soon as the announced chunk sizes pass it.
    /// Called at any other time, it does nothing.
    public mutating func acceptBody(maximumLength: Int) {
        guard failure == nil, case .awaitingAcceptance(let framing) = phase else { return }
        let maximumLength = max(maximumLength, 0)
        switch framing {
        case .none:
            phase = .fixedLengthBody(remaining: 0)
        case .contentLength(let length):
            guard length <= maximumLength else { return fail(.bodyTooLarge(limit: maximumLength)) }
            body.reserveCapacity(min(length, Self.retainedCapacity))
            phase = .fixedLengthBody(remaining: length)
        case .chunked:
            phase = .chunkedBody(HTTPChunkedDecoder(limits: limits, maximumLength: maximumLength))
        }
    }

    /// Bytes received but not yet consumed by an event (the start of a pipelined request,
    /// or data sent after `Connection: close`); 0 once the parser has failed.
    public var bufferedByteCount: Int { buffer.count - readIndex }

    /// True between requests: no byte of a next request has arrived (empty lines aside).
    /// The connection tells an idle keep-alive timeout (close silently) from a slow head
    /// (408) by it.
    public var isIdle: Bool {
        guard failure == nil, case .head = phase else { return false }
        return readIndex == buffer.count
    }

    private mutating func advance() throws(HTTPParseError) -> HTTPParserEvent? {
        if let failure { throw failure }
        switch phase {
        case .head:
            return try readHead()
        case .awaitingAcceptance:
            return nil
        case .fixedLengthBody(let remaining):
            let count = min(remaining, buffer.count - readIndex)
            body.append(contentsOf: buffer[readIndex..<(readIndex + count)])
            readIndex += count
            guard count == remaining else {
                phase = .fixedLengthBody(remaining: remaining - count)
                return nil
            }
            return finishBody()
        case .chunkedBody(var decoder):
            let complete = try decoder.decode(buffer, at: &readIndex, into: &body)
            phase = .chunkedBody(decoder)
            return complete ? finishBody() : nil
        }
    }

    private mutating func readHead() throws(HTTPParseError) -> HTTPParserEvent? {
        if !reader.hasStarted { try skipEmptyLines() }
        guard let (head, length) = try reader.read(buffer, from: readIndex) else { return nil }
        readIndex += length
        reader = HTTPHeadReader(limits: limits)
        leadingEmptyLines = 0
        phase = .awaitingAcceptance(head.framing)
        return .head(head)
    }

    private mutating func skipEmptyLines() throws(HTTPParseError) {
        while buffer.count - readIndex >= 2, buffer[readIndex] == .httpCR, buffer[readIndex + 1] == .httpLF {
            leadingEmptyLines += 1
            guard leadingEmptyLines <= Self.maxLeadingEmptyLines else {
                throw .tooManyEmptyLines(limit: Self.maxLeadingEmptyLines)
            }
            readIndex += 2
        }
    }

    private mutating func finishBody() -> HTTPParserEvent {
        var complete: [UInt8] = []
        swap(&complete, &body)
        phase = .head
        return .body(complete)
    }

    private mutating func fail(_ error: HTTPParseError) {
        failure = error
        buffer = []
        readIndex = 0
        body = []
        reader = HTTPHeadReader(limits: limits)
    }

    /// Drops consumed bytes when that is cheap (nothing left) or pays for itself (they
    /// fill half the buffer), so pipelined and slow requests cost linear time; returns
    /// false once the parser has failed and takes no more input.
    private mutating func prepareToReceive() -> Bool {
        guard failure == nil else { return false }
        if readIndex == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= Self.retainedCapacity)
            readIndex = 0
        } else if readIndex >= Self.compactionThreshold, readIndex >= buffer.count - readIndex {
            buffer.removeSubrange(0..<readIndex)
            readIndex = 0
        }
        return true
    }
}
