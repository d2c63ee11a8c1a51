/// What an import found and did. An import writes either every row or none, so
/// `written` is true exactly when `problems` is empty and it was not a dry run.
public struct ImportReport: Equatable, Sendable {
    /// Whether the file was only checked, as asked.
    public let dryRun: Bool
    /// Data rows in the file (the header and blank lines not counted).
    public let rows: Int
    /// Rows with no problem.
    public let valid: Int
    public let problems: [ImportProblem]
    public let written: Bool

    public init(dryRun: Bool, rows: Int, valid: Int, problems: [ImportProblem], written: Bool) {
        self.dryRun = dryRun
        self.rows = rows
        self.valid = valid
        self.problems = problems
        self.written = written
    }
}

extension ImportReport {
    /// A report on `table` with the problems found in it and in its rows; a problem
    /// with the header makes every row invalid.
    init(table: CSVTable, dryRun: Bool, problems: [ImportProblem], written: Bool) {
        let badLines = Set(problems.map(\.line))
        self.init(dryRun: dryRun, rows: table.rowCount, valid: table.isHeaderValid ? table.rowCount - badLines.count : 0,
                  problems: problems.sorted { ($0.line, $0.field) < ($1.line, $1.field) }, written: written)
    }
}
