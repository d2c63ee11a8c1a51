/// Where the CRLF that ends a line of a request is, found without going back over bytes
/// already examined. Lines end with CRLF only: a CR not followed by LF is refused, and so
/// is a bare LF, although RFC 9112 §2.2 lets a server accept one, because a proxy in front
/// of us that disagrees about where a line ends is how requests get smuggled.
enum HTTPLineEnd: Equatable {
    /// The line's CR is at this index; the next line starts two bytes later.
    case found(Int)
    /// No CRLF yet: search again from this index when more bytes arrive. It is the index
    /// of a final CR still waiting for its LF, or where the search stopped: the end of the
    /// bytes, or `limit` when no line can end in time any more.
    case notYet(resumeAt: Int)

    /// Searches for a CRLF whose CR is at or after `start` and before `limit`, examining
    /// bytes in order, so the outcome is the same however the input was split. With
    /// `visibleOnly`, for a request line, any byte but SP and VCHAR is refused where it
    /// stands, so binary input (a TLS handshake, say) is answered at once instead of
    /// waiting for a CRLF that never comes.
    static func search(
        _ bytes: [UInt8], from start: Int, before limit: Int, visibleOnly: Bool = false
    ) throws(HTTPParseError) -> HTTPLineEnd {
        let end = min(limit, bytes.count)
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == .httpCR {
                guard index + 1 < bytes.count else { return .notYet(resumeAt: index) }
                guard bytes[index + 1] == .httpLF else { throw .bareCarriageReturn }
                return .found(index)
            }
            if byte == .httpLF { throw .bareLineFeed }
            if visibleOnly, byte != .httpSpace, !byte.isHTTPVisible { throw .malformedRequestLine }
            index += 1
        }
        return .notYet(resumeAt: max(start, end))
    }
}
