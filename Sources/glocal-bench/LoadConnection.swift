import COpenSSL
import Glibc

/// One load-generator connection: its socket, and a TLS session over it when the server
/// under load speaks HTTPS. The handshake happens here, before the clock starts, so the
/// HTTPS figure measures requests on established sessions, as the plain one does.
final class LoadConnection {
    let descriptor: Int32
    private let ssl: OpaquePointer?

    init?(port: Int, tls: LoadTLSClient?) {
        guard let fd = BenchSocket.connect(port: port) else { return nil }
        descriptor = fd
        guard let tls else {
            ssl = nil
            return
        }
        ssl = SSL_new(tls.context)
        guard let ssl, SSL_set_fd(ssl, fd) == 1, SSL_connect(ssl) == 1 else { return nil }
        // Non-blocking from here, so that a read stops at the end of what has arrived.
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if let ssl { SSL_free(ssl) }
        close(descriptor)
    }

    /// Sends a whole request; false if the connection failed.
    func send(_ bytes: [UInt8]) -> Bool {
        guard let ssl else {
            BenchSocket.sendAll(descriptor, bytes)
            return true
        }
        ERR_clear_error()
        var written = 0
        return bytes.withUnsafeBytes { SSL_write_ex(ssl, $0.baseAddress, $0.count, &written) } == 1 && written == bytes.count
    }

    /// Appends what has arrived to `received`; false once the server has closed.
    func receive(using buffer: inout [UInt8], into received: inout [UInt8]) -> Bool {
        guard let ssl else {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return false }
            received.append(contentsOf: buffer[0..<count])
            return true
        }
        while true {
            ERR_clear_error()
            var count = 0
            let status = buffer.withUnsafeMutableBytes { SSL_read_ex(ssl, $0.baseAddress, $0.count, &count) }
            guard status == 1 else { return SSL_get_error(ssl, status) == SSL_ERROR_WANT_READ }
            received.append(contentsOf: buffer[0..<count])
        }
    }
}

/// The load generator's libssl client settings, shared by its threads (a configured
/// `SSL_CTX` may be). It checks no certificate: the server under load has a throwaway one.
final class LoadTLSClient: @unchecked Sendable {
    let context: OpaquePointer

    init?() {
        guard let context = SSL_CTX_new(TLS_client_method()) else { return nil }
        self.context = context
    }

    deinit { SSL_CTX_free(context) }
}
