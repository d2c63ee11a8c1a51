import COpenSSL
import Glibc

/// One blocking conversation with a mail server, on the thread that sends: a TCP socket
/// with timeouts, upgraded to TLS by `startTLS` (the server's certificate checked for its
/// host name), and SMTP replies read line by line (RFC 5321 §4.2, multi-line included).
final class SMTPConnection {
    private let descriptor: Int32
    private let host: String
    private var context: OpaquePointer?
    private var ssl: OpaquePointer?
    private var received: [UInt8] = []

    init(host: String, port: Int, timeoutSeconds: Int) throws(SMTPError) {
        self.host = host
        var hints = addrinfo()
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else { throw .cannotResolve(host: host) }
        defer { freeaddrinfo(list) }
        var lastError: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        var connected: Int32 = -1
        while let address = candidate {
            let fd = socket(address.pointee.ai_family, address.pointee.ai_socktype | Int32(SOCK_CLOEXEC.rawValue), address.pointee.ai_protocol)
            if fd >= 0 {
                var timeout = timeval(tv_sec: timeoutSeconds, tv_usec: 0)
                setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
                if connect(fd, address.pointee.ai_addr, address.pointee.ai_addrlen) == 0 {
                    connected = fd
                    break
                }
                lastError = errno
                Glibc.close(fd)
            }
            candidate = address.pointee.ai_next
        }
        guard connected >= 0 else {
            throw .cannotConnect(host: host, port: port, reason: String(cString: strerror(lastError)))
        }
        descriptor = connected
    }

    deinit {
        if let ssl {
            SSL_shutdown(ssl)
            SSL_free(ssl)
        }
        if let context { SSL_CTX_free(context) }
        Glibc.close(descriptor)
    }

    /// Sends `line` and CRLF.
    func send(_ line: String, step: String) throws(SMTPError) {
        try write(Array((line + "\r\n").utf8), step: step)
    }

    func write(_ bytes: [UInt8], step: String) throws(SMTPError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer -> Int in
                if let ssl { return Int(SSL_write(ssl, buffer.baseAddress, Int32(buffer.count))) }
                return Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { throw failure(step: step) }
            offset += written
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
        ERR_clear_error()
        guard let context = SSL_CTX_new(TLS_client_method()) else { throw .tls(reason: TLSError.drainReason()) }
        self.context = context
        _ = glocal_SSL_CTX_set_min_proto_version(context, TLS1_2_VERSION)
        if let file = certificateAuthorityFile {
            guard SSL_CTX_load_verify_locations(context, file, nil) == 1 else {
                throw .certificateAuthorityFile(path: file, reason: TLSError.drainReason())
            }
        } else {
            SSL_CTX_set_default_verify_paths(context)
        }
        SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
        guard let ssl = SSL_new(context) else { throw .tls(reason: TLSError.drainReason()) }
        self.ssl = ssl
        // A host given as an address is checked against the certificate's IP names, and
        // sent no SNI (which carries names only); a host name is both.
        let named = Self.isAddressLiteral(host)
            ? X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host) == 1
            : glocal_SSL_set_tlsext_host_name(ssl, host) == 1 && SSL_set1_host(ssl, host) == 1
        guard SSL_set_fd(ssl, descriptor) == 1, named else {
            throw .tls(reason: TLSError.drainReason())
        }
        guard SSL_connect(ssl) == 1 else {
            let verification = SSL_get_verify_result(ssl)
            if verification != X509_V_OK {
                throw .tls(reason: String(cString: X509_verify_cert_error_string(verification)))
            }
            throw .tls(reason: TLSError.drainReason())
        }
    }

    private static func isAddressLiteral(_ host: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, host, &buffer) == 1 || inet_pton(AF_INET6, host, &buffer) == 1
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
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = buffer.withUnsafeMutableBytes { bytes -> Int in
                if let ssl { return Int(SSL_read(ssl, bytes.baseAddress, Int32(bytes.count))) }
                return recv(descriptor, bytes.baseAddress, bytes.count, 0)
            }
            guard count > 0 else {
                if count == 0 { throw .closed(waitingFor: step) }
                throw failure(step: step)
            }
            received += buffer[0..<count]
        }
    }

    private func failure(step: String) -> SMTPError {
        if errno == EAGAIN || errno == EWOULDBLOCK { return .timedOut(waitingFor: step) }
        if ssl != nil { return .tls(reason: TLSError.drainReason()) }
        return .closed(waitingFor: step)
    }
}
