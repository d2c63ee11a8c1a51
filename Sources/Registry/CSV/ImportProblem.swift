/// One thing wrong with an imported file: the line, the column (or `file` for the file
/// as a whole) and what to change, so staff can fix every problem in one pass.
public struct ImportProblem: Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let field: String
    public let rule: ValidationRule

    public init(line: Int, field: String, rule: ValidationRule) {
        self.line = line
        self.field = field
        self.rule = rule
    }

    /// What to change, in English.
    public var detail: String { rule.english }

    public var description: String { "line \(line): \(field): \(detail)" }
}
