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

    public var description: String {
        switch self {
        case let .invalidUTF8(line):
            return "line \(line): the file is not valid UTF-8; save it as \"CSV UTF-8\""
        case let .unterminatedQuote(line):
            return "line \(line): a quoted field is never closed; add the closing \""
        case let .textAfterClosingQuote(line):
            return "line \(line): text follows a closing quote; a quote inside a quoted field is written twice (\"\")"
        case let .quoteInUnquotedField(line):
            return "line \(line): a quote inside an unquoted field; enclose the field in quotes and write the quote twice"
        }
    }
}
