import COpenSSL
import Foundation
import Glibc

/// A blocking TLS client over libssl for tests: connects to 127.0.0.1, trusts exactly
/// one certificate file, checks that it was issued for IP 127.0.0.1, and then speaks
/// exact bytes like `RawClient`. Used by one test at a time.
final class TLSClient: @unchecked Sendable {
    private let tcp: RawClient
    private let context: OpaquePointer
    private let ssl: OpaquePointer
    private var buffered: [UInt8] = []

    /// The TLS version the handshake settled on ("TLSv1.3").
    var protocolVersion: String { String(cString: SSL_get_version(ssl)) }

    private init(tcp: RawClient, context: OpaquePointer, ssl: OpaquePointer) {
        self.tcp = tcp
        self.context = context
        self.ssl = ssl
    }

    deinit {
        SSL_free(ssl)
        SSL_CTX_free(context)
    }

    /// Connects and completes the handshake, or throws with OpenSSL's reason.
    /// `versions` widens the client beyond the system's defaults, to offer what the
    /// server must refuse.
    static func connect(port: Int, trusting certificatePath: String, versions: ClosedRange<Int32>? = nil,
                        timeout: Double = 60) async throws -> TLSClient {
        try await offPool {
            let tcp = try RawClient(port: port, timeout: timeout)
            guard let context = SSL_CTX_new(TLS_client_method()) else { throw TLSClientError.failed(reason()) }
            if let versions {
                // OpenSSL 3 refuses TLS 1.1's SHA-1 signatures above security level 0.
                SSL_CTX_set_security_level(context, 0)
                _ = glocal_SSL_CTX_set_min_proto_version(context, versions.lowerBound)
                _ = glocal_SSL_CTX_set_max_proto_version(context, versions.upperBound)
                _ = SSL_CTX_set_cipher_list(context, "DEFAULT:@SECLEVEL=0")
            }
            SSL_CTX_set_verify(context, SSL_VERIFY_PEER, nil)
            guard SSL_CTX_load_verify_locations(context, certificatePath, nil) == 1,
                  let ssl = SSL_new(context) else {
                SSL_CTX_free(context)
                throw TLSClientError.failed(reason())
            }
            let client = TLSClient(tcp: tcp, context: context, ssl: ssl)
            guard X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), "127.0.0.1") == 1,
                  SSL_set_fd(ssl, tcp.descriptor) == 1 else { throw TLSClientError.failed(reason()) }
            ERR_clear_error()
            guard SSL_connect(ssl) == 1 else { throw TLSClientError.handshakeFailed(reason()) }
            guard SSL_get_verify_result(ssl) == X509_V_OK else { throw TLSClientError.handshakeFailed("not verified") }
            return client
        }
    }

    func send(_ text: String) async throws {
        let bytes = Array(text.utf8)
        try await Self.offPool {
            var offset = 0
            while offset < bytes.count {
                var written = 0
                let status = bytes[offset...].withUnsafeBytes { SSL_write_ex(self.ssl, $0.baseAddress, $0.count, &written) }
                guard status == 1 else { throw TLSClientError.failed(Self.reason()) }
                offset += written
            }
        }
    }

    func readResponse(toHead: Bool = false) async throws -> RawResponse {
        try await Self.offPool {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                if let (response, used) = RawResponse.parse(self.buffered, bodyExpected: !toHead) {
                    self.buffered.removeFirst(used)
                    return response
                }
                var count = 0
                let status = buffer.withUnsafeMutableBytes { SSL_read_ex(self.ssl, $0.baseAddress, $0.count, &count) }
                guard status == 1 else {
                    throw RawClientError.closed(received: String(decoding: self.buffered, as: UTF8.self))
                }
                self.buffered.append(contentsOf: buffer[0..<count])
            }
        }
    }

    /// Whether the server's next record is close_notify, the orderly end of a session
    /// (not a bare end of stream, not data, not silence until the read timeout).
    func receivesCloseNotify() async -> Bool {
        (try? await Self.offPool {
            var byte: UInt8 = 0
            var count = 0
            let status = SSL_read_ex(self.ssl, &byte, 1, &count)
            return status != 1 && SSL_get_error(self.ssl, status) == SSL_ERROR_ZERO_RETURN
        }) ?? false
    }

    /// The libssl calls block, so each runs on a thread of its own: Dispatch's global
    /// queue has about one thread per core, and handshakes waiting there would stall the
    /// tests running beside. SIGPIPE is blocked on that thread, since libssl writes with
    /// write(2) and a server that hangs up must fail the test, not kill the test process.
    private static func offPool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                var signals = sigset_t()
                sigemptyset(&signals)
                sigaddset(&signals, SIGPIPE)
                pthread_sigmask(SIG_BLOCK, &signals, nil)
                continuation.resume(with: Result { try body() })
            }.start()
        }
    }

    private static func reason() -> String {
        var reasons: [String] = []
        while case let code = ERR_get_error(), code != 0 {
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            reasons.append(String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        return reasons.isEmpty ? "no reason given" : reasons.joined(separator: "; ")
    }
}

enum TLSClientError: Error {
    case failed(String)
    case handshakeFailed(String)
}
