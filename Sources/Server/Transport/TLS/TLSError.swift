import COpenSSL
import Glibc

/// Why TLS could not be set up, with the file involved and OpenSSL's own reason, so an
/// operator reading "cannot load TLS certificate /etc/glocal/cert.pem: no start line"
/// knows which file to fix.
public enum TLSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The certificate chain file is missing, unreadable or not PEM certificates.
    case cannotLoadCertificate(path: String, reason: String)
    /// The private key file is missing, unreadable or not a PEM key.
    case cannotLoadPrivateKey(path: String, reason: String)
    /// The key is protected by a passphrase, which a server starting unattended cannot type.
    case encryptedPrivateKey(path: String)
    /// The key is not the one the first certificate of the chain was issued for.
    case keyDoesNotMatchCertificate(keyPath: String, certificatePath: String, reason: String)
    /// libssl refused a setting or an allocation; `operation` says which.
    case openSSL(operation: String, reason: String)

    public var description: String {
        switch self {
        case let .cannotLoadCertificate(path, reason):
            return "cannot load TLS certificate \(path): \(reason)"
        case let .cannotLoadPrivateKey(path, reason):
            return "cannot load TLS private key \(path): \(reason)"
        case let .encryptedPrivateKey(path):
            return "TLS private key \(path) is encrypted; give the server an unencrypted copy readable by it alone "
                + "(openssl pkey -in <encrypted> -out <plain>)"
        case let .keyDoesNotMatchCertificate(keyPath, certificatePath, reason):
            return "TLS private key \(keyPath) does not belong to certificate \(certificatePath): \(reason)"
        case let .openSSL(operation, reason):
            return "OpenSSL refused \(operation): \(reason)"
        }
    }

    /// Empties this thread's OpenSSL error queue and returns its first (root-cause)
    /// reason, e.g. "no start line" or "No such file or directory".
    static func drainReason() -> String {
        reason(for: drainFirstError())
    }

    /// Empties this thread's OpenSSL error queue and returns its first code (0 if empty).
    static func drainFirstError() -> UInt {
        let first = ERR_get_error()
        while ERR_get_error() != 0 {}
        return first
    }

    /// OpenSSL's reason text for an error code, without the code and library prefix.
    static func reason(for code: UInt) -> String {
        if code == 0 { return "no reason given" }
        if ERR_GET_LIB(code) == ERR_LIB_SYS { return String(cString: strerror(ERR_GET_REASON(code))) }
        if let text = ERR_reason_error_string(code) { return String(cString: text) }
        var buffer = [CChar](repeating: 0, count: 256)
        ERR_error_string_n(code, &buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
