import CSystem
import Glibc

/// The server's listening socket: bound, listening, non-blocking, and shared by every
/// event loop (each registers it with EPOLLEXCLUSIVE so one loop wakes per connection).
struct ListeningSocket: Sendable {
    let descriptor: Int32
    let port: Int

    /// Binds `host:port` (port 0 lets the kernel choose) and starts listening.
    init(host: String, port: Int, backlog: Int32 = 1024) throws(SocketError) {
        guard (0...65535).contains(port) else { throw SocketError.invalidAddress("\(host):\(port)") }
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &list) == 0, let first = list else {
            throw SocketError.invalidAddress("\(host):\(port)")
        }
        defer { freeaddrinfo(list) }
        let info = first.pointee
        let fd = socket(info.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw SocketError.lastError("socket") }
        var on: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        guard bind(fd, info.ai_addr, info.ai_addrlen) == 0 else {
            let error = SocketError.lastError("bind \(host):\(port)")
            Glibc.close(fd)
            throw error
        }
        guard listen(fd, backlog) == 0 else {
            let error = SocketError.lastError("listen")
            Glibc.close(fd)
            throw error
        }
        do {
            self.port = try SocketAddress.localPort(of: fd)
        } catch {
            Glibc.close(fd)
            throw error
        }
        self.descriptor = fd
    }

    /// Accepts one pending connection, or nil when none is waiting.
    func accept() -> Socket? {
        while true {
            let fd = glocal_accept_nonblocking(descriptor)
            if fd >= 0 { return Socket(descriptor: fd) }
            switch errno {
            case EINTR, ECONNABORTED: continue
            default: return nil
            }
        }
    }

    func close() {
        Glibc.close(descriptor)
    }
}
