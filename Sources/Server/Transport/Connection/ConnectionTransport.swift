/// How a connection's bytes cross the wire: straight through its socket, or through a
/// TLS session on it. An enum rather than a protocol, so that a plain connection pays
/// a switch per read or write and no existential call, allocation or indirection.
enum ConnectionTransport {
    case plain(Socket)
    case tls(TLSSession)

    var isSecure: Bool {
        if case .tls = self { return true }
        return false
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Socket.Transfer {
        switch self {
        case let .plain(socket): return socket.read(into: buffer)
        case let .tls(session): return session.read(into: buffer)
        }
    }

    func write(_ buffer: UnsafeRawBufferPointer) -> Socket.Transfer {
        switch self {
        case let .plain(socket): return socket.write(buffer)
        case let .tls(session): return session.write(buffer)
        }
    }

    /// Whether a response can be sent: always for plain sockets, after the handshake for TLS.
    var isEstablished: Bool {
        switch self {
        case .plain: return true
        case let .tls(session): return session.isEstablished
        }
    }

    /// Bytes already received and decrypted that no epoll event will announce.
    var hasBufferedPlaintext: Bool {
        switch self {
        case .plain: return false
        case let .tls(session): return session.hasBufferedPlaintext
        }
    }

    var readWaitsForWritability: Bool {
        switch self {
        case .plain: return false
        case let .tls(session): return session.readWaitsForWritability
        }
    }

    var writeWaitsForReadability: Bool {
        switch self {
        case .plain: return false
        case let .tls(session): return session.writeWaitsForReadability
        }
    }

    /// The readiness to ask epoll for, given the directions the connection wants to
    /// move: under TLS a direction may be waiting on the other one.
    func interest(for wanted: Epoll.Interest) -> Epoll.Interest {
        guard case let .tls(session) = self else { return wanted }
        var interest: Epoll.Interest = []
        if wanted.contains(.readable) { interest.insert(session.readWaitsForWritability ? .writable : .readable) }
        if wanted.contains(.writable) { interest.insert(session.writeWaitsForReadability ? .readable : .writable) }
        return interest
    }

    /// Ends our direction for a lingering close (close_notify first under TLS).
    func shutdownWrite() {
        switch self {
        case let .plain(socket): socket.shutdownWrite()
        case let .tls(session): session.shutdownWrite()
        }
    }

    /// Frees the TLS session, if any; the caller closes the socket.
    func release() {
        if case let .tls(session) = self { session.close() }
    }
}
