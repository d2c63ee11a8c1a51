/// Why an export could not be written or read.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(path: String, reason: String)
    case malformedLine(line: Int, reason: String)
    case unsupported(reason: String)

    public var description: String {
        switch self {
        case let .io(path, reason): return "\(path): \(reason)"
        case let .malformedLine(line, reason): return "export line \(line): \(reason)"
        case let .unsupported(reason): return "not a Glocal ledger export this program can read: \(reason)"
        }
    }
}
