/// Why a file could not be read as CSV at all, with the line to look at. A file that
/// parses but holds bad values is not a `CSVError`: those are `ImportProblem`s.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidUTF8(line: Int)
    case unterminatedQuote(line: Int)
    case textAfterClosingQuote(line: Int)
    case quoteInUnquotedField(line: Int)

    /// The line the problem is on (1 is the header).
    public var line: Int {
        switch self {
        case let .invalidUTF8(line), let .unterminatedQuote(line), let .textAfterClosingQuote(line),
             let .quoteInUnquotedField(line):
            return line
        }
    }

    /// What is wrong and how to fix it, without the line.
    public var reason: String {
        switch self {
        case .invalidUTF8:
            return "the file is not valid UTF-8; save it as \"CSV UTF-8\""
        case .unterminatedQuote:
            return "a quoted field is never closed; add the closing \""
        case .textAfterClosingQuote:
            return "text follows a closing quote; a quote inside a quoted field is written twice (\"\")"
        case .quoteInUnquotedField:
            return "a quote inside an unquoted field; enclose the field in quotes and write the quote twice"
        }
    }

    public var description: String { "line \(line): \(reason)" }
}
