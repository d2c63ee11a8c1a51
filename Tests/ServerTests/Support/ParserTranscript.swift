@testable import Server

/// Everything a parser produced from some input, driven the way the connection drives it:
/// receive each piece, take events until nil, accept every body up to `bodyLimit`.
/// Two transcripts compare equal when the parser saw the same requests and failed (or
/// not) the same way, which is what the splitting tests compare.
struct ParserTranscript: Equatable, CustomStringConvertible {
    var events: [HTTPParserEvent] = []
    var error: HTTPParseError?

    init(events: [HTTPParserEvent], error: HTTPParseError? = nil) {
        self.events = events
        self.error = error
    }

    init(_ pieces: [[UInt8]], limits: HTTPParserLimits = HTTPParserLimits(), bodyLimit: Int = 1 << 20) {
        var parser = HTTPRequestParser(limits: limits)
        for piece in pieces {
            parser.receive(piece)
            do throws(HTTPParseError) {
                while let event = try parser.next() {
                    events.append(event)
                    if case .head = event { parser.acceptBody(maximumLength: bodyLimit) }
                }
            } catch {
                self.error = error
                return
            }
        }
    }

    init(_ text: String, limits: HTTPParserLimits = HTTPParserLimits(), bodyLimit: Int = 1 << 20) {
        self.init([Array(text.utf8)], limits: limits, bodyLimit: bodyLimit)
    }

    var heads: [HTTPRequestHead] {
        events.compactMap { if case .head(let head) = $0 { head } else { nil } }
    }

    var bodies: [[UInt8]] {
        events.compactMap { if case .body(let body) = $0 { body } else { nil } }
    }

    var description: String {
        let list = events.map { event in
            switch event {
            case .head(let head): "head(\(head.method) \(head.target) \(head.version) \(head.framing))"
            case .body(let body): "body(\(body.count) bytes)"
            }
        }
        return "\(list) error: \(error.map(\.description) ?? "none")"
    }
}
