/// One blocking conversation with a mail server, on the thread that sends: an outbound
/// connection (`OutboundConnection`, upgraded to TLS by `startTLS`) and SMTP replies read
/// line by line (RFC 5321 §4.2, multi-line included), each failure said for the step it
/// stopped at.
final class SMTPConnection {
    private let connection: OutboundConnection
    private var received: [UInt8] = []

    init(host: String, port: Int, timeoutSeconds: Int) throws(SMTPError) {
        do {
            connection = try OutboundConnection(host: host, port: port, timeoutSeconds: timeoutSeconds)
        } catch {
            throw Self.mapped(error, step: "connecting")
        }
    }

    /// Sends `line` and CRLF.
    func send(_ line: String, step: String) throws(SMTPError) {
        try write(Array((line + "\r\n").utf8), step: step)
    }

    func write(_ bytes: [UInt8], step: String) throws(SMTPError) {
        do {
            try connection.write(bytes)
        } catch {
            throw Self.mapped(error, step: step)
        }
    }

    /// The server's reply: its code and its lines' text (after the code and separator).
    func reply(step: String) throws(SMTPError) -> (code: Int, lines: [String]) {
        var lines: [String] = []
        while true {
            let line = try readLine(step: step)
            let bytes = Array(line.utf8)
            guard bytes.count >= 3, let code = Int(String(decoding: bytes[0..<3], as: UTF8.self)) else {
                throw .refused(step: step, code: 0, text: line)
            }
            lines.append(bytes.count > 4 ? String(decoding: bytes[4...], as: UTF8.self) : "")
            if bytes.count < 4 || bytes[3] != UInt8(ascii: "-") { return (code, lines) }
        }
    }

    /// Sends `line` and expects a reply with code `expected`.
    @discardableResult
    func command(_ line: String, expect expected: Int, step: String) throws(SMTPError) -> [String] {
        try send(line, step: step)
        return try expect(expected, step: step)
    }

    @discardableResult
    func expect(_ expected: Int, step: String) throws(SMTPError) -> [String] {
        let (code, lines) = try reply(step: step)
        guard code == expected else { throw .refused(step: step, code: code, text: lines.joined(separator: " ")) }
        return lines
    }

    /// Upgrades the connection to TLS 1.2 or later, checking the server's certificate
    /// against the system's CAs (or `certificateAuthorityFile`) and the host name.
    func startTLS(certificateAuthorityFile: String?) throws(SMTPError) {
        do {
            try connection.startTLS(certificateAuthorityFile: certificateAuthorityFile)
        } catch {
            throw Self.mapped(error, step: "STARTTLS")
        }
    }

    private func readLine(step: String) throws(SMTPError) -> String {
        while true {
            if let end = received.firstIndex(of: UInt8(ascii: "\n")) {
                var line = Array(received[..<end])
                received.removeFirst(end + 1)
                if line.last == UInt8(ascii: "\r") { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            guard received.count < 64 * 1024 else { throw .refused(step: step, code: 0, text: "a reply line too long") }
            let bytes: [UInt8]
            do {
                bytes = try connection.read(upTo: 4096)
            } catch {
                throw Self.mapped(error, step: step)
            }
            guard !bytes.isEmpty else { throw .closed(waitingFor: step) }
            received += bytes
        }
    }

    private static func mapped(_ failure: OutboundConnection.Failure, step: String) -> SMTPError {
        switch failure {
        case let .cannotResolve(host): .cannotResolve(host: host)
        case let .cannotConnect(host, port, reason): .cannotConnect(host: host, port: port, reason: reason)
        case .timedOut: .timedOut(waitingFor: step)
        case .closed: .closed(waitingFor: step)
        case let .tls(reason): .tls(reason: reason)
        case let .certificateAuthorityFile(path, reason): .certificateAuthorityFile(path: path, reason: reason)
        }
    }
}
