/// Why an Open Cap Table Format export could not be written.
public enum OCFExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A file's JSON could not be serialised canonically (a number out of range).
    case unserialisable(file: String, reason: String)

    public var description: String {
        switch self {
        case let .unserialisable(file, reason): "the OCF file \(file) could not be written: \(reason)"
        }
    }
}
