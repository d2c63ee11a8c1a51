import COpenSSL
import Glibc

/// One blocking TCP connection the node opens to another server — a mail server, a
/// witness — with send and receive timeouts, upgraded to TLS 1.2 or later by `startTLS`:
/// the server's certificate checked against the system's CAs (or a given file) and for
/// the host name or address asked for. It blocks, so its callers run it off Swift's
/// cooperative threads.
final class OutboundConnection {
    /// Why the connection could not be made or used.
    enum Failure: Error, Equatable, CustomStringConvertible {
        case cannotResolve(host: String)
        case cannotConnect(host: String, port: Int, reason: String)
        case timedOut
        case closed
        case tls(reason: String)
        case certificateAuthorityFile(path: String, reason: String)

        var description: String {
            switch self {
            case let .cannotResolve(host): "cannot resolve \(host)"
            case let .cannotConnect(host, port, reason): "cannot connect to \(host):\(port): \(reason)"
            case .timedOut: "no answer in time"
            case .closed: "the connection closed"
            case let .tls(reason): "TLS failed: \(reason)"
            case let .certificateAuthorityFile(path, reason): "cannot load the CA file \(path): \(reason)"
            }
        }
    }

    let host: String
    private let descriptor: Int32
    private var context: OpaquePointer?
    private var ssl: OpaquePointer?

    init(host: String, port: Int, timeoutSeconds: Int) throws(Failure) {
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

    /// Upgrades the connection to TLS 1.2 or later, checking the server's certificate
    /// against the system's CAs (or `certificateAuthorityFile`) and the host.
    func startTLS(certificateAuthorityFile: String?) throws(Failure) {
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

    /// Sends all of `bytes`.
    func write(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { buffer -> Int in
                if let ssl { return Int(SSL_write(ssl, buffer.baseAddress, Int32(buffer.count))) }
                return Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            }
            guard written > 0 else { throw failure() }
            offset += written
        }
    }

    /// What arrives next, at most `capacity` bytes; empty once the server has closed.
    func read(upTo capacity: Int) throws(Failure) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: capacity)
        let count = buffer.withUnsafeMutableBytes { bytes -> Int in
            if let ssl { return Int(SSL_read(ssl, bytes.baseAddress, Int32(bytes.count))) }
            return recv(descriptor, bytes.baseAddress, bytes.count, 0)
        }
        if count == 0 || (count < 0 && ssl != nil && SSL_get_error(ssl, Int32(count)) == SSL_ERROR_ZERO_RETURN) { return [] }
        guard count > 0 else { throw failure() }
        return Array(buffer[0..<count])
    }

    private func failure() -> Failure {
        if errno == EAGAIN || errno == EWOULDBLOCK { return .timedOut }
        if ssl != nil { return .tls(reason: TLSError.drainReason()) }
        return .closed
    }

    private static func isAddressLiteral(_ host: String) -> Bool {
        var buffer = [UInt8](repeating: 0, count: 16)
        return inet_pton(AF_INET, host, &buffer) == 1 || inet_pton(AF_INET6, host, &buffer) == 1
    }
}
