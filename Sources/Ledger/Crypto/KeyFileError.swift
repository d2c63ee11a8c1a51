/// Why a key file could not be written or read, naming the file and the system's
/// reason so that an operator knows what to fix without reading source code.
public enum KeyFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Key files are never overwritten: replacing a signing key by accident cannot be undone.
    case alreadyExists(path: String)
    case cannotCreate(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case readFailed(path: String, reason: String)
    case notARegularFile(path: String)
    /// Larger than any PEM key, so certainly not one; reading on would only waste memory.
    case tooLarge(path: String, limit: Int)
    /// A private key file that someone other than its owner can read or change.
    case insecurePermissions(path: String, mode: UInt32)
    case invalidKey(path: String, reason: CryptoError)

    public var description: String {
        switch self {
        case let .alreadyExists(path):
            return "\(path) already exists; refusing to overwrite a key file (move it away first)"
        case let .cannotCreate(path, reason):
            return "cannot create \(path): \(reason)"
        case let .cannotOpen(path, reason):
            return "cannot open \(path): \(reason)"
        case let .writeFailed(path, reason):
            return "cannot write \(path): \(reason)"
        case let .readFailed(path, reason):
            return "cannot read \(path): \(reason)"
        case let .notARegularFile(path):
            return "\(path) is not a regular file"
        case let .tooLarge(path, limit):
            return "\(path) is larger than \(limit) bytes, too large to be a key file"
        case let .insecurePermissions(path, mode):
            let octal = String(mode & 0o7777, radix: 8)
            let padded = String(repeating: "0", count: max(0, 4 - octal.count)) + octal
            return "\(path) has mode \(padded), so others can read or change this private key; run chmod 600 \(path)"
        case let .invalidKey(path, reason):
            return "\(path): \(reason)"
        }
    }
}
