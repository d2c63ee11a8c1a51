import COpenSSL
import Glibc

/// One connection's TLS session in server mode over its non-blocking socket. The
/// handshake runs inside the first reads. Because OpenSSL may need to write in order
/// to read (handshake, session tickets) or to read in order to write, each direction
/// remembers which readiness it is waiting for, and the connection asks epoll for that
/// instead. Touched only by the connection's event loop.
final class TLSSession {
    private var ssl: OpaquePointer?
    private let socket: Socket
    /// The last read stopped because OpenSSL must first write to the socket.
    private(set) var readWaitsForWritability = false
    /// The last write stopped because OpenSSL must first read from the socket.
    private(set) var writeWaitsForReadability = false
    /// A fatal error or close_notify already sent: no further `SSL_shutdown`.
    private var isFinished = false

    init(context: TLSContext, socket: Socket) throws(TLSError) {
        ERR_clear_error()
        guard let ssl = SSL_new(context.pointer) else {
            throw .openSSL(operation: "creating a TLS session", reason: TLSError.drainReason())
        }
        guard SSL_set_fd(ssl, socket.descriptor) == 1 else {
            SSL_free(ssl)
            throw .openSSL(operation: "attaching a TLS session to its socket", reason: TLSError.drainReason())
        }
        SSL_set_accept_state(ssl)
        self.ssl = ssl
        self.socket = socket
    }

    deinit {
        if let ssl { SSL_free(ssl) }
    }

    /// Whether the handshake has completed, so that a response can be sent at all.
    var isEstablished: Bool {
        guard let ssl else { return false }
        return SSL_is_init_finished(ssl) == 1
    }

    /// Decrypted bytes OpenSSL holds that a read returns without touching the socket;
    /// epoll cannot report them.
    var hasBufferedPlaintext: Bool {
        guard let ssl else { return false }
        return SSL_pending(ssl) > 0
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Socket.Transfer {
        guard let ssl else { return .closed }
        // SSL_get_error reads this thread's error queue, which handlers may have left dirty.
        ERR_clear_error()
        var count = 0
        let status = SSL_read_ex(ssl, buffer.baseAddress, buffer.count, &count)
        readWaitsForWritability = false
        if status == 1 { return .bytes(count) }
        switch SSL_get_error(ssl, status) {
        case SSL_ERROR_WANT_READ:
            return .wouldBlock
        case SSL_ERROR_WANT_WRITE:
            readWaitsForWritability = true
            return .wouldBlock
        case SSL_ERROR_ZERO_RETURN:
            return .closed
        default:
            fail()
            return .closed
        }
    }

    func write(_ buffer: UnsafeRawBufferPointer) -> Socket.Transfer {
        guard let ssl else { return .closed }
        ERR_clear_error()
        var count = 0
        let status = SSL_write_ex(ssl, buffer.baseAddress, buffer.count, &count)
        writeWaitsForReadability = false
        if status == 1 { return .bytes(count) }
        switch SSL_get_error(ssl, status) {
        case SSL_ERROR_WANT_WRITE:
            return .wouldBlock
        case SSL_ERROR_WANT_READ:
            writeWaitsForReadability = true
            return .wouldBlock
        default:
            fail()
            return .closed
        }
    }

    /// For a lingering close: sends close_notify, then FIN. What the client sends after
    /// that is read from the socket directly and dropped, so no further TLS I/O happens.
    func shutdownWrite() {
        sendCloseNotify()
        readWaitsForWritability = false
        writeWaitsForReadability = false
        socket.shutdownWrite()
    }

    /// Sends close_notify if the session is still healthy, and frees it. The socket is
    /// the connection's to close.
    func close() {
        guard let ssl else { return }
        sendCloseNotify()
        SSL_free(ssl)
        self.ssl = nil
    }

    /// Best effort: a full socket or a half-done handshake just means no close_notify.
    private func sendCloseNotify() {
        guard let ssl, !isFinished, SSL_is_init_finished(ssl) == 1 else { return }
        isFinished = true
        ERR_clear_error()
        _ = SSL_shutdown(ssl)
        ERR_clear_error()
    }

    /// After a fatal error OpenSSL must not be asked to shut down; the error queue is
    /// emptied so it cannot be mistaken for a later operation's.
    private func fail() {
        isFinished = true
        ERR_clear_error()
    }
}
