import CSystem
import Glibc

/// A level-triggered epoll instance. Level-triggered, because an edge-triggered loop
/// that stops reading early (a full pipeline, a limit) would never hear of the rest.
struct Epoll: Sendable {
    let descriptor: Int32

    struct Interest: OptionSet, Sendable {
        let rawValue: UInt32
        static let readable = Interest(rawValue: EPOLLIN.rawValue)
        static let writable = Interest(rawValue: EPOLLOUT.rawValue)
        static let exclusive = Interest(rawValue: EPOLLEXCLUSIVE.rawValue)
    }

    struct Event {
        let descriptor: Int32
        let readable: Bool
        let writable: Bool
        let hangup: Bool
    }

    init() throws(SocketError) {
        let fd = epoll_create1(Int32(EPOLL_CLOEXEC))
        guard fd >= 0 else { throw SocketError.lastError("epoll_create1") }
        descriptor = fd
    }

    func add(_ fd: Int32, _ interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_ADD, fd, interest)
    }

    func modify(_ fd: Int32, _ interest: Interest) throws(SocketError) {
        try control(EPOLL_CTL_MOD, fd, interest)
    }

    func remove(_ fd: Int32) {
        _ = epoll_ctl(descriptor, EPOLL_CTL_DEL, fd, nil)
    }

    private func control(_ operation: Int32, _ fd: Int32, _ interest: Interest) throws(SocketError) {
        var event = epoll_event()
        event.events = interest.rawValue
        event.data.fd = fd
        guard epoll_ctl(descriptor, operation, fd, &event) == 0 else { throw SocketError.lastError("epoll_ctl") }
    }

    /// Waits up to `timeout` milliseconds and returns what became ready; EINTR is an empty wake.
    func wait(into buffer: inout [epoll_event], timeout: Int32) -> [Event] {
        let count = buffer.withUnsafeMutableBufferPointer {
            epoll_wait(descriptor, $0.baseAddress, Int32($0.count), timeout)
        }
        guard count > 0 else { return [] }
        let hangupMask = EPOLLHUP.rawValue | EPOLLERR.rawValue
        return buffer[0..<Int(count)].map {
            Event(descriptor: $0.data.fd, readable: $0.events & EPOLLIN.rawValue != 0,
                  writable: $0.events & EPOLLOUT.rawValue != 0, hangup: $0.events & hangupMask != 0)
        }
    }

    func close() {
        Glibc.close(descriptor)
    }
}
