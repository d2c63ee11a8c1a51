/// The sizes past which `HTTPRequestParser` refuses a request instead of buffering more,
/// so that one client cannot make the server hold unbounded memory or scan without end.
/// Every limit is checked as bytes arrive, before the part it bounds is complete.
public struct HTTPParserLimits: Sendable, Equatable {
    /// Longest request line, without its CRLF; past it the parser answers 414 URI Too Long.
    public var maxRequestLineLength: Int
    /// Longest head (request line, header fields and the empty line, CRLFs included);
    /// past it 431 Request Header Fields Too Large.
    public var maxHeaderBytes: Int
    /// Most header fields in one head; past it 431.
    public var maxHeaderCount: Int
    /// Longest chunk-size line of a chunked body, extensions included and CRLF excluded;
    /// past it 400.
    public var maxChunkLineLength: Int
    /// Most bytes of trailer fields after a chunked body, their CRLFs included and the
    /// final empty line not; past it 431.
    public var maxTrailerBytes: Int

    public init(
        maxRequestLineLength: Int = 8 * 1024,
        maxHeaderBytes: Int = 64 * 1024,
        maxHeaderCount: Int = 100,
        maxChunkLineLength: Int = 1024,
        maxTrailerBytes: Int = 8 * 1024
    ) {
        self.maxRequestLineLength = maxRequestLineLength
        self.maxHeaderBytes = maxHeaderBytes
        self.maxHeaderCount = maxHeaderCount
        self.maxChunkLineLength = maxChunkLineLength
        self.maxTrailerBytes = maxTrailerBytes
    }

    /// The same limits held between 0 and a bound far above any real buffer, so the
    /// parser can add a few bytes to any of them without overflowing.
    var clamped: HTTPParserLimits {
        func clamp(_ value: Int) -> Int { min(max(value, 0), Int.max / 4) }
        return HTTPParserLimits(
            maxRequestLineLength: clamp(maxRequestLineLength),
            maxHeaderBytes: clamp(maxHeaderBytes),
            maxHeaderCount: clamp(maxHeaderCount),
            maxChunkLineLength: clamp(maxChunkLineLength),
            maxTrailerBytes: clamp(maxTrailerBytes)
        )
    }
}
