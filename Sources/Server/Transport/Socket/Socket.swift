import Glibc

/// One non-blocking stream socket. A value type around the descriptor: the owner (a
/// listener or a connection on one event loop) decides when to close it.
struct Socket: Sendable, Hashable {
    let descriptor: Int32

    /// The outcome of a non-blocking read or write.
    enum Transfer: Equatable {
        case bytes(Int)
        case wouldBlock
        case closed
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> Transfer {
        while true {
            let count = Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            if count > 0 { return .bytes(count) }
            if count == 0 { return .closed }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    func write(_ buffer: UnsafeRawBufferPointer) -> Transfer {
        while true {
            let count = Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
            if count >= 0 { return .bytes(count) }
            switch errno {
            case EINTR: continue
            case EAGAIN, EWOULDBLOCK: return .wouldBlock
            default: return .closed
            }
        }
    }

    func setNoDelay() {
        var on: Int32 = 1
        _ = setsockopt(descriptor, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
    }

    /// Sends FIN but keeps reading, for a lingering close.
    func shutdownWrite() {
        _ = shutdown(descriptor, Int32(SHUT_WR))
    }

    func close() {
        _ = Glibc.close(descriptor)
    }

    /// The peer's numeric address ("127.0.0.1", "::1"), used for throttling and never logged.
    func peerAddress() -> String {
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &storage) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(descriptor, $0, &length) }
        }
        guard ok == 0 else { return "unknown" }
        return SocketAddress.numericHost(of: storage)
    }
}
