import Dispatch
import Glibc

/// A small HTTP/1.1 client for the witness protocol: one POST of a text body to a
/// witness's `http://host:port/prefix/add-checkpoint`, answered by status, media type and
/// body. It blocks, so it runs on its own queue, off Swift's cooperative threads.
struct WitnessClient: Sendable {
    /// What a witness answered.
    struct Answer: Sendable {
        let status: Int
        let contentType: String
        let body: String
    }

    /// Why a witness could not be asked.
    struct Unreachable: Error, CustomStringConvertible {
        let description: String
    }

    static let timeoutSeconds = 10
    private static let queue = DispatchQueue(label: "glocal.witness-client", attributes: .concurrent)

    func post(_ url: String, body: String) async throws -> Answer {
        try await withCheckedThrowingContinuation { continuation in
            Self.queue.async { continuation.resume(with: Result { try Self.postBlocking(url, body: body) }) }
        }
    }

    private static func postBlocking(_ url: String, body: String) throws -> Answer {
        guard url.hasPrefix("http://") else { throw Unreachable(description: "only http:// witness addresses are supported: \(url)") }
        let rest = url.dropFirst("http://".count)
        let authority = rest.prefix { $0 != "/" }
        let path = rest.dropFirst(authority.count)
        let host = authority.split(separator: ":").first.map(String.init) ?? ""
        let port = authority.split(separator: ":").dropFirst().first.map(String.init) ?? "80"
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, port, &hints, &found) == 0, let address = found else { throw Unreachable(description: "cannot resolve \(host)") }
        defer { freeaddrinfo(found) }
        let socket = Glibc.socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard socket >= 0 else { throw Unreachable(description: "cannot open a socket") }
        defer { close(socket) }
        var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        guard connect(socket, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 else {
            throw Unreachable(description: "cannot connect to \(authority)")
        }
        let content = Array(body.utf8)
        let request = Array(("POST \(path.isEmpty ? "/" : String(path)) HTTP/1.1\r\nHost: \(authority)\r\nContent-Type: text/plain\r\n"
                             + "Content-Length: \(content.count)\r\nConnection: close\r\n\r\n").utf8) + content
        var sent = 0
        while sent < request.count {
            let count = request[sent...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Unreachable(description: "the connection to \(authority) closed while sending") }
            sent += count
        }
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16_384)
        while received.count < 1_048_576 {
            let count = recv(socket, &chunk, chunk.count, 0)
            if count <= 0 { break }
            received += chunk[0..<count]
        }
        return try answer(received, from: authority)
    }

    /// The status, media type and body of a complete response read until the connection closed.
    private static func answer(_ bytes: [UInt8], from authority: Substring) throws -> Answer {
        guard let headEnd = bytes.firstRange(of: [13, 10, 13, 10]) else { throw Unreachable(description: "\(authority) sent no answer") }
        let head = String(decoding: bytes[..<headEnd.lowerBound], as: UTF8.self).split(separator: "\r\n")
        guard let statusLine = head.first, statusLine.hasPrefix("HTTP/1."), let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "")
        else { throw Unreachable(description: "\(authority) answered no HTTP status") }
        let contentType = head.dropFirst().first { $0.lowercased().hasPrefix("content-type:") }
            .map { $0.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces) } ?? ""
        var body = Array(bytes[headEnd.upperBound...])
        if let length = head.dropFirst().first(where: { $0.lowercased().hasPrefix("content-length:") })
            .flatMap({ Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) }), length < body.count {
            body = Array(body.prefix(length))
        }
        return Answer(status: status, contentType: contentType, body: String(decoding: body, as: UTF8.self))
    }
}
