import Dispatch

/// A small HTTP/1.1 client for talking to other towns' nodes: one GET or POST to an
/// `http://` or `https://host:port/path`, on a connection of its own, answered by status,
/// media type and body (read until the node closes, up to `maximumBodyBytes`). Witnesses
/// are asked to cosign with it and followed nodes' tiles fetched. Over `https` the
/// node's certificate is checked against the system's CAs (or `certificateAuthorityFile`)
/// and its host, as mail is sent (`OutboundConnection`). It blocks, so it runs on its own
/// queue, off Swift's cooperative threads.
struct OutboundHTTPClient: Sendable {
    /// What a node answered.
    struct Answer: Sendable {
        let status: Int
        let contentType: String
        let bytes: [UInt8]

        var body: String { String(decoding: bytes, as: UTF8.self) }
    }

    /// Why a node could not be asked.
    struct Unreachable: Error, CustomStringConvertible {
        let description: String
    }

    static let timeoutSeconds = 10
    /// The longest one request may take in all, however slowly the node sends.
    static let deadlineSeconds = 60.0
    /// The largest answer read: a full entry bundle is at most 256 entries of 64 KiB each.
    static let maximumBodyBytes = 32 << 20
    private static let queue = DispatchQueue(label: "glocal.outbound-http", attributes: .concurrent)

    /// The CA certificates a witness's TLS certificate is checked against; nil for the system's.
    let certificateAuthorityFile: String?

    init(certificateAuthorityFile: String? = nil) {
        self.certificateAuthorityFile = certificateAuthorityFile
    }

    func post(_ url: String, body: String) async throws -> Answer {
        try await send("POST", url, body: Array(body.utf8))
    }

    func get(_ url: String) async throws -> Answer {
        try await send("GET", url, body: nil)
    }

    private func send(_ method: String, _ url: String, body: [UInt8]?) async throws -> Answer {
        let authorities = certificateAuthorityFile
        return try await withCheckedThrowingContinuation { continuation in
            Self.queue.async {
                continuation.resume(with: Result { try Self.sendBlocking(method, url, body: body, certificateAuthorityFile: authorities) })
            }
        }
    }

    private static func sendBlocking(_ method: String, _ url: String, body: [UInt8]?, certificateAuthorityFile: String?) throws -> Answer {
        let secure = url.hasPrefix("https://")
        guard secure || url.hasPrefix("http://") else {
            throw Unreachable(description: "a node's address starts with http:// or https://: \(url)")
        }
        let rest = url.dropFirst(secure ? "https://".count : "http://".count)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        let host = authority.split(separator: ":").first.map(String.init) ?? ""
        guard let port = authority.split(separator: ":").dropFirst().first.map({ Int($0) }) ?? (secure ? 443 : 80) else {
            throw Unreachable(description: "not a port in \(authority)")
        }
        do {
            let connection = try OutboundConnection(host: host, port: port, timeoutSeconds: timeoutSeconds)
            if secure { try connection.startTLS(certificateAuthorityFile: certificateAuthorityFile) }
            let content = body.map { "Content-Type: text/plain\r\nContent-Length: \($0.count)\r\n" } ?? ""
            try connection.write(Array(("\(method) \(path.isEmpty ? "/" : String(path)) HTTP/1.1\r\nHost: \(authority)\r\n"
                                        + content + "Connection: close\r\n\r\n").utf8) + (body ?? []))
            let started = ContinuousClock.now
            var received: [UInt8] = []
            while received.count < maximumBodyBytes, !isComplete(received) {
                guard ContinuousClock.now - started < .seconds(deadlineSeconds) else {
                    throw Unreachable(description: "\(authority) took longer than \(Int(deadlineSeconds)) s to answer")
                }
                let bytes = try connection.read(upTo: 65_536)
                if bytes.isEmpty { break }
                received += bytes
            }
            return try answer(received, from: authority)
        } catch let failure as OutboundConnection.Failure {
            throw Unreachable(description: "\(authority): \(failure)")
        }
    }

    /// Whether `bytes` hold a whole answer whose length its head states, so reading can stop
    /// without waiting for the node to close.
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard let headEnd = bytes.firstRange(of: [13, 10, 13, 10]),
              let length = field("content-length", in: head(bytes[..<headEnd.lowerBound])).flatMap({ Int($0) }) else { return false }
        return bytes.count - headEnd.upperBound >= length
    }

    private static func head(_ bytes: ArraySlice<UInt8>) -> [Substring] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\r\n").map { $0 }
    }

    private static func field(_ name: String, in head: [Substring]) -> String? {
        head.dropFirst().first { $0.lowercased().hasPrefix(name + ":") }.map { $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces) }
    }

    /// The status, media type and body of a response: the body as long as its
    /// `Content-Length` says (an answer cut short is refused), or its chunks joined.
    private static func answer(_ bytes: [UInt8], from authority: Substring) throws -> Answer {
        guard let headEnd = bytes.firstRange(of: [13, 10, 13, 10]) else { throw Unreachable(description: "\(authority) sent no answer") }
        let head = head(bytes[..<headEnd.lowerBound])
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1."), let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { throw Unreachable(description: "\(authority) answered no HTTP status") }
        var body = Array(bytes[headEnd.upperBound...])
        if field("transfer-encoding", in: head)?.lowercased() == "chunked" {
            body = try dechunked(body, from: authority)
        } else if let length = field("content-length", in: head).flatMap({ Int($0) }) {
            guard body.count >= length else { throw Unreachable(description: "\(authority) sent \(body.count) of \(length) bytes") }
            body = Array(body.prefix(length))
        }
        return Answer(status: status, contentType: field("content-type", in: head) ?? "", bytes: body)
    }

    /// A chunked body's chunks joined (RFC 9112 §7.1); one cut short is refused.
    private static func dechunked(_ bytes: [UInt8], from authority: Substring) throws -> [UInt8] {
        var body: [UInt8] = []
        var offset = 0
        while let lineEnd = bytes[offset...].firstRange(of: [13, 10]) {
            let sizeText = String(decoding: bytes[offset..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size >= 0 else { break }
            if size == 0 { return body }
            guard lineEnd.upperBound + size <= bytes.count else { break }
            body += bytes[lineEnd.upperBound..<(lineEnd.upperBound + size)]
            offset = min(bytes.count, lineEnd.upperBound + size + 2)
        }
        throw Unreachable(description: "\(authority) sent a chunked answer cut short")
    }
}
