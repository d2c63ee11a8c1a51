import Glibc

/// A page rendered once for every member holding the same roles (`PageCacheMiddleware`):
/// while it renders, what is the reader's own (the header's count of waiting acts and the
/// forms' CSRF token) is left as markers, comments that no escaped text can make, and
/// each reader is served the page with their own in their place.
enum SharedRender {
    @TaskLocal static var isActive = false

    static let waitingMarker: StaticString = "<!--glocal:waiting-->"
    static let csrfMarker: StaticString = "<!--glocal:csrf-->"

    /// `response` with the reader's count of waiting acts and CSRF token where its render
    /// left the markers.
    static func filling(_ response: HTTPResponse, waiting: Int, csrfToken: String, language: Language) -> HTTPResponse {
        guard case let .bytes(body) = response.body else { return response }
        var filled = response
        let token = HTML.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", csrfToken)]).renderedBytes
        filled.body = .bytes(replacing(csrfMarker, with: token,
                                       in: replacing(waitingMarker, with: WaitingActCount.link(waiting, language: language).renderedBytes,
                                                     in: body)))
        return filled
    }

    /// `body` with every `marker` replaced by `bytes`, found with `memchr` and `memcmp`: a
    /// page is tens of kilobytes, read once per view, so the search looks for the marker's
    /// `!`, rare in a page, rather than its `<`, which opens every tag.
    private static func replacing(_ marker: StaticString, with bytes: [UInt8], in body: [UInt8]) -> [UInt8] {
        let offsets = body.withUnsafeBytes { page in
            var found: [Int] = []
            var start = 0
            let length = marker.utf8CodeUnitCount
            while start + length <= page.count, let base = page.baseAddress,
                  let bang = memchr(base + start + 1, Int32(marker.utf8Start[1]), page.count - start - length + 1) {
                let offset = base.distance(to: UnsafeRawPointer(bang)) - 1
                if memcmp(base + offset, marker.utf8Start, length) == 0 {
                    found.append(offset)
                    start = offset + length
                } else {
                    start = offset + 1
                }
            }
            return found
        }
        guard !offsets.isEmpty else { return body }
        var result: [UInt8] = []
        result.reserveCapacity(body.count + offsets.count * bytes.count)
        var start = 0
        for offset in offsets {
            result += body[start..<offset]
            result += bytes
            start = offset + marker.utf8CodeUnitCount
        }
        return result + body[start...]
    }
}
