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

    private static func replacing(_ marker: StaticString, with bytes: [UInt8], in body: [UInt8]) -> [UInt8] {
        let marker = Array(marker.description.utf8)
        var result: [UInt8] = []
        var rest = body[...]
        while let found = rest.firstRange(of: marker) {
            result += rest[..<found.lowerBound]
            result += bytes
            rest = rest[found.upperBound...]
        }
        if result.isEmpty { return body }
        return result + rest
    }
}
