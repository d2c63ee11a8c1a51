// libFuzzer entry point for HTTPRequestParser, built with the parser's source files by
// run-http-parser-fuzzer.sh. Every input is parsed twice, whole and split in two at a
// position taken from its first byte; both runs must yield the same events and end the
// same way, and every event must keep the promises the connection relies on. Any broken
// promise traps, which libFuzzer reports as a crash with the input that caused it.

/// The body size passed to `acceptBody`, small so the 413 path is reached often.
private let bodyLimit = 64

/// Limits small enough for fuzzed inputs (a few hundred bytes) to cross all of them,
/// chosen when the input's last byte is odd.
private let smallLimits = HTTPParserLimits(
    maxRequestLineLength: 32, maxHeaderBytes: 128, maxHeaderCount: 4, maxChunkLineLength: 16, maxTrailerBytes: 24)

/// What one run of the parser over an input produced.
private struct FuzzOutcome: Equatable {
    var events: [HTTPParserEvent] = []
    var error: HTTPParseError?
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTPRequestParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    let limits = (input.last ?? 0) & 1 == 1 ? smallLimits : HTTPParserLimits()
    let whole = parse([input[...]], limits: limits)
    let split = Int(input.first ?? 0) % (input.count + 1)
    let halves = parse([input[..<split], input[split...]], limits: limits)
    guard whole == halves else {
        fatalError("split at \(split) changed the outcome: whole \(whole), split \(halves)")
    }
    return 0
}

private func parse(_ pieces: [ArraySlice<UInt8>], limits: HTTPParserLimits) -> FuzzOutcome {
    var parser = HTTPRequestParser(limits: limits)
    var outcome = FuzzOutcome()
    var pendingHead: HTTPRequestHead?
    var received = 0
    for (index, piece) in pieces.enumerated() {
        if index % 2 == 0 {
            piece.withUnsafeBytes { parser.receive($0) }
        } else {
            parser.receive(Array(piece))
        }
        received += piece.count
        while true {
            let event: HTTPParserEvent?
            do throws(HTTPParseError) {
                event = try parser.next()
            } catch {
                check(error, parser: &parser)
                outcome.error = error
                return outcome
            }
            guard let event else { break }
            switch event {
            case .head(let head):
                guard pendingHead == nil else { fatalError("two heads without a body between them") }
                check(head)
                pendingHead = head
                parser.acceptBody(maximumLength: bodyLimit)
            case .body(let body):
                guard let head = pendingHead else { fatalError("a body without a head") }
                check(body, of: head)
                pendingHead = nil
                guard parser.isIdle == (parser.bufferedByteCount == 0) else {
                    fatalError("isIdle disagrees with the buffered byte count after a request")
                }
            }
            outcome.events.append(event)
        }
        guard parser.bufferedByteCount >= 0, parser.bufferedByteCount <= received else {
            fatalError("buffered \(parser.bufferedByteCount) bytes after receiving \(received)")
        }
    }
    return outcome
}

private func check(_ head: HTTPRequestHead) {
    let method = head.method.rawValue.utf8
    guard !method.isEmpty, method.allSatisfy(\.isHTTPTokenCharacter) else { fatalError("method \(head.method)") }
    guard head.target.hasPrefix("/") || (head.target == "*" && head.method == .options) else {
        fatalError("target \(head.target)")
    }
    guard head.target.utf8.allSatisfy(\.isHTTPVisible) else { fatalError("target bytes \(head.target)") }
    guard head.version == .http1_1 || head.version == .http1_0 else { fatalError("version \(head.version)") }
    let hosts = head.headers.values(for: "Host").count
    guard hosts == 1 || (hosts == 0 && head.version == .http1_0) else { fatalError("\(hosts) Host fields") }
    guard head.framing != .chunked || head.version == .http1_1 else { fatalError("chunked HTTP/1.0") }
    for field in head.headers {
        guard !field.name.isEmpty, field.name.utf8.allSatisfy(\.isHTTPTokenCharacter) else {
            fatalError("field name \(field.name)")
        }
        guard field.value.first != " ", field.value.last != " ", field.value.first != "\t", field.value.last != "\t",
            !field.value.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 })
        else { fatalError("field value \(field.value)") }
    }
}

private func check(_ body: [UInt8], of head: HTTPRequestHead) {
    switch head.framing {
    case .none:
        guard body.isEmpty else { fatalError("a body of \(body.count) bytes without framing") }
    case .contentLength(let length):
        guard body.count == length else { fatalError("Content-Length \(length) gave \(body.count) bytes") }
    case .chunked:
        guard body.count <= bodyLimit else { fatalError("chunked body of \(body.count) bytes past \(bodyLimit)") }
    }
}

private func check(_ error: HTTPParseError, parser: inout HTTPRequestParser) {
    guard [400, 413, 414, 431, 501, 505].contains(error.status.code), !error.detail.isEmpty else {
        fatalError("\(error) has status \(error.status)")
    }
    do throws(HTTPParseError) {
        _ = try parser.next()
        fatalError("the parser recovered after \(error)")
    } catch let again {
        guard again == error else { fatalError("the parser threw \(again) after \(error)") }
    }
    guard parser.bufferedByteCount == 0, !parser.isIdle else { fatalError("a failed parser kept its state") }
}
