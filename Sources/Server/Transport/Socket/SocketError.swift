import Glibc

/// A failed socket system call, with the call's name and errno's text, so an operator
/// reading "cannot bind 0.0.0.0:8080: Address already in use" knows what to change.
public enum SocketError: Error, Equatable, Sendable, CustomStringConvertible {
    case systemCall(String, errno: Int32)
    case invalidAddress(String)

    static func lastError(_ call: String) -> SocketError {
        .systemCall(call, errno: errno)
    }

    public var description: String {
        switch self {
        case let .systemCall(call, code): return "\(call) failed: \(String(cString: strerror(code)))"
        case let .invalidAddress(address): return "'\(address)' is not a host and port this machine can listen on"
        }
    }
}
