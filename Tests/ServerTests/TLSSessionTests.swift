import COpenSSL
import Glibc
import Testing

@testable import Server

/// A server session and a libssl client on the two ends of a non-blocking socket pair,
/// driven by hand on one thread so each step's outcome is deterministic.
@Suite struct TLSSessionTests {
    @Test func reportsDecryptedBytesThatNoEpollEventWouldAnnounce() throws {
        try withPair { session, client, _ in
            try handshake(session, client)
            let sent = [UInt8](repeating: 0x61, count: 1000)
            var written = 0
            #expect(SSL_write_ex(client, sent, sent.count, &written) == 1)
            var received: [UInt8] = []
            var small = [UInt8](repeating: 0, count: 10)
            repeat {
                guard case let .bytes(count) = small.withUnsafeMutableBytes({ session.read(into: $0) }) else {
                    Issue.record("a read with plaintext buffered must return bytes")
                    return
                }
                received += small[0..<count]
            } while session.hasBufferedPlaintext
            #expect(received == sent)
            #expect(small.withUnsafeMutableBytes { session.read(into: $0) } == .wouldBlock)
        }
    }

    @Test func aReadThatMustWriteWaitsForWritability() throws {
        try withPair { session, client, descriptors in
            _ = SSL_do_handshake(client)
            // Fill the server's direction so that its answer to the ClientHello cannot go out.
            var junk = [UInt8](repeating: 0, count: 4096)
            while Glibc.send(descriptors.server, &junk, junk.count, Int32(MSG_NOSIGNAL)) > 0 {}
            var buffer = [UInt8](repeating: 0, count: 1024)
            #expect(buffer.withUnsafeMutableBytes { session.read(into: $0) } == .wouldBlock)
            #expect(session.readWaitsForWritability)
            #expect(ConnectionTransport.tls(session).interest(for: .readable) == .writable)
            while recv(descriptors.client, &junk, junk.count, 0) > 0 {}
            #expect(buffer.withUnsafeMutableBytes { session.read(into: $0) } == .wouldBlock)
            #expect(!session.readWaitsForWritability)
            #expect(ConnectionTransport.tls(session).interest(for: .readable) == .readable)
        }
    }

    @Test func shutdownWriteSendsCloseNotify() throws {
        try withPair { session, client, _ in
            try handshake(session, client)
            session.shutdownWrite()
            var byte: UInt8 = 0
            var count = 0
            let status = SSL_read_ex(client, &byte, 1, &count)
            #expect(SSL_get_error(client, status) == SSL_ERROR_ZERO_RETURN)
        }
    }

    private func withPair(_ body: (TLSSession, OpaquePointer, (server: Int32, client: Int32)) throws -> Void) throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try TLSContext(configuration: SelfSignedCertificate.generate(in: directory).configuration)
        var pair: [Int32] = [-1, -1]
        try #require(socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue), 0, &pair) == 0)
        defer { close(pair[0]); close(pair[1]) }
        let session = try TLSSession(context: context, socket: Socket(descriptor: pair[0]))
        defer { session.close() }
        let clientContext = try #require(SSL_CTX_new(TLS_client_method()))
        defer { SSL_CTX_free(clientContext) }
        let client = try #require(SSL_new(clientContext))
        defer { SSL_free(client) }
        SSL_set_fd(client, pair[1])
        SSL_set_connect_state(client)
        try body(session, client, (pair[0], pair[1]))
    }

    private func handshake(_ session: TLSSession, _ client: OpaquePointer) throws {
        var scratch = [UInt8](repeating: 0, count: 16)
        for _ in 0..<20 where !(session.isEstablished && SSL_is_init_finished(client) == 1) {
            _ = SSL_do_handshake(client)
            _ = scratch.withUnsafeMutableBytes { session.read(into: $0) }
        }
        try #require(session.isEstablished && SSL_is_init_finished(client) == 1)
    }
}
