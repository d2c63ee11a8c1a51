import Foundation
import Glibc

/// A blocking TCP client for tests: sends exact bytes and reads exact bytes, so tests
/// can speak malformed HTTP the way an attacker would. Used by one test at a time.
final class RawClient: @unchecked Sendable {
    let descriptor: Int32

    init(port: Int, timeout: Double = 60) throws {
        // The socket is owned (and closed by deinit) only once connected: closing it here
        // as well would close twice, and the second close could hit another test's descriptor.
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw RawClientError.failed("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard status == 0 else {
            Glibc.close(fd)
            throw RawClientError.failed("connect")
        }
        descriptor = fd
        setTimeout(timeout)
    }

    deinit {
        Glibc.close(descriptor)
    }

    func setTimeout(_ seconds: Double) {
        var value = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    /// The socket calls block, so they run on a Dispatch thread: blocking one of the
    /// few threads Swift's concurrency pool has would starve the tests running beside.
    private func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
        }
    }

    func send(_ bytes: [UInt8]) async throws {
        try await offPool { try self.sendBlocking(bytes) }
    }

    func readResponse(toHead: Bool = false) async throws -> RawResponse {
        try await offPool { try self.readResponseBlocking(toHead: toHead) }
    }

    /// Whether the server has closed the connection (reads EOF within the timeout).
    func isClosedByPeer() async -> Bool {
        (try? await offPool { self.isClosedByPeerBlocking() }) ?? false
    }

    /// Everything the server sends until it closes (or resets) the connection, or nil
    /// if it is still open when the read times out.
    func bytesUntilClosed() async -> [UInt8]? {
        try? await offPool { try self.bytesUntilClosedBlocking() }
    }

    /// Everything received so far, once `done` holds for it: for streamed answers (events)
    /// that never end. Throws if the server closes or the read times out first.
    func received(until done: @escaping @Sendable (String) -> Bool) async throws -> String {
        try await offPool { try self.receivedBlocking(until: done) }
    }

    private func receivedBlocking(until done: (String) -> Bool) throws -> String {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !done(String(decoding: buffered, as: UTF8.self)) {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw RawClientError.closed(received: String(decoding: buffered, as: UTF8.self)) }
            buffered.append(contentsOf: buffer[0..<count])
        }
        return String(decoding: buffered, as: UTF8.self)
    }

    private func sendBlocking(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw RawClientError.failed("send") }
            offset += sent
        }
    }

    private var buffered: [UInt8] = []

    /// Reads exactly one response (head plus Content-Length or chunked body; no body
    /// after a HEAD request), keeping any bytes of the next one for the next call.
    private func readResponseBlocking(toHead: Bool) throws -> RawResponse {
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let (response, used) = RawResponse.parse(buffered, bodyExpected: !toHead) {
                buffered.removeFirst(used)
                return response
            }
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { throw RawClientError.closed(received: String(decoding: buffered, as: UTF8.self)) }
            buffered.append(contentsOf: buffer[0..<count])
        }
    }

    private func bytesUntilClosedBlocking() throws -> [UInt8] {
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            // A reset is a close too: the server may leave bytes it will never read.
            if count == 0 || (count < 0 && errno == ECONNRESET) { return received }
            guard count > 0 else { throw RawClientError.failed("recv") }
            received.append(contentsOf: buffer[0..<count])
        }
    }

    private func isClosedByPeerBlocking() -> Bool {
        var byte: UInt8 = 0
        return recv(descriptor, &byte, 1, 0) == 0
    }
}

enum RawClientError: Error {
    case failed(String)
    case closed(received: String)
}
