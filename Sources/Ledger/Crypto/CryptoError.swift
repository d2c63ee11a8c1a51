import COpenSSL

/// Why a cryptographic operation failed, in words a user or operator can act on.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libcrypto refused an operation; `message` is OpenSSL's own reason.
    case openSSL(operation: String, message: String)
    /// A key, signature or digest had the wrong number of bytes.
    case wrongLength(what: String, expected: Int, actual: Int)
    /// A PEM document could not be read as the expected kind of key.
    case invalidPEM(expected: String)
    /// The public key's encoding is not the canonical one (y ≥ p), so verifiers could disagree.
    case nonCanonicalPublicKey
    /// The public key is a point of small order: anyone could forge signatures for it.
    case smallOrderPublicKey
    /// The public key has a torsion component: cofactored and cofactorless verifiers disagree on it.
    case mixedOrderPublicKey
    /// The 32 bytes are not the encoding of any point on the curve.
    case notACurvePoint
    /// A hexadecimal string could not be decoded.
    case invalidHex(String)
    /// scrypt was asked for a cost outside what this program accepts.
    case invalidScryptParameters(reason: String)

    public var description: String {
        switch self {
        case let .openSSL(operation, message):
            return "OpenSSL refused \(operation): \(message)"
        case let .wrongLength(what, expected, actual):
            return "\(what) must be \(expected) bytes, got \(actual)"
        case let .invalidPEM(expected):
            return "not a PEM-encoded \(expected)"
        case .nonCanonicalPublicKey:
            return "public key is not canonically encoded (its y coordinate is not reduced modulo 2^255-19)"
        case .smallOrderPublicKey:
            return "public key is a point of small order and cannot bind signatures"
        case .mixedOrderPublicKey:
            return "public key has a small-order component; strict and lenient verifiers would disagree"
        case .notACurvePoint:
            return "public key bytes do not encode a point on edwards25519"
        case let .invalidHex(text):
            return "not a hexadecimal string: \(text.prefix(80))"
        case let .invalidScryptParameters(reason):
            return "invalid scrypt parameters: \(reason)"
        }
    }

    /// Collects and clears OpenSSL's error queue for `operation`.
    static func fromOpenSSL(_ operation: String) -> CryptoError {
        var reasons: [String] = []
        while true {
            let code = ERR_get_error()
            if code == 0 { break }
            var buffer = [CChar](repeating: 0, count: 256)
            ERR_error_string_n(code, &buffer, buffer.count)
            let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            reasons.append(String(decoding: bytes, as: UTF8.self))
        }
        return .openSSL(operation: operation, message: reasons.isEmpty ? "no reason given" : reasons.joined(separator: "; "))
    }
}
