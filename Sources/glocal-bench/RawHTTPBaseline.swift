import CSystem
import Glibc

/// The raw baseline for the HTTP figures: epoll threads that answer every request head
/// with fixed bytes, without parsing, routing or Swift tasks. What it serves is the
/// ceiling this machine and load generator allow; our server is judged against it.
final class RawHTTPBaseline: @unchecked Sendable {
    private let listener: Int32
    let port: Int
    private var stopping = false
    private var threads: [pthread_t] = []
    private static let response = Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 15\r\n\r\n{\"status\":\"ok\"}".utf8)

    init?(threads count: Int) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0)
        var on: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(fd, pointer, length) == 0 && listen(fd, 1024) == 0 && getsockname(fd, pointer, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            return nil
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        for _ in 0..<count {
            var thread = pthread_t()
            pthread_create(&thread, nil, { pointer in
                guard let pointer else { return nil }
                Unmanaged<RawHTTPBaseline>.fromOpaque(pointer).takeUnretainedValue().serve()
                return nil
            }, Unmanaged.passUnretained(self).toOpaque())
            threads.append(thread)
        }
    }

    func stop() {
        stopping = true
        for thread in threads { pthread_join(thread, nil) }
        close(listener)
    }

    private func serve() {
        let epoll = epoll_create1(0)
        var event = epoll_event()
        event.events = EPOLLIN.rawValue | EPOLLEXCLUSIVE.rawValue
        event.data.fd = listener
        epoll_ctl(epoll, EPOLL_CTL_ADD, listener, &event)
        var events = [epoll_event](repeating: epoll_event(), count: 128)
        var buffer = [UInt8](repeating: 0, count: 65536)
        var open: [Int32] = []
        while !stopping {
            let ready = epoll_wait(epoll, &events, Int32(events.count), 100)
            guard ready > 0 else { continue }
            for index in 0..<Int(ready) {
                let fd = events[index].data.fd
                if fd == listener {
                    let client = glocal_accept_nonblocking(listener)
                    guard client >= 0 else { continue }
                    var on: Int32 = 1
                    setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
                    var clientEvent = epoll_event()
                    clientEvent.events = EPOLLIN.rawValue
                    clientEvent.data.fd = client
                    epoll_ctl(epoll, EPOLL_CTL_ADD, client, &clientEvent)
                    open.append(client)
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
                guard count > 0 else {
                    epoll_ctl(epoll, EPOLL_CTL_DEL, fd, nil)
                    close(fd)
                    continue
                }
                var heads = 0
                if count >= 4 {
                    for byte in 0...(count - 4) where buffer[byte] == 13 && buffer[byte + 1] == 10 && buffer[byte + 2] == 13 && buffer[byte + 3] == 10 {
                        heads += 1
                    }
                }
                for _ in 0..<heads { BenchSocket.sendAll(fd, Self.response) }
            }
        }
        for fd in open { close(fd) }
        close(epoll)
    }
}
