import Registry

/// The JSON answer to a CSV import.
enum CSVBodies {
    /// What an import found: counts and every bad row. For a refused real import it
    /// is also an RFC 9457 problem (the `type`, `title`, `status` and `detail` members
    /// are present), so clients that only understand problems still show something.
    struct ImportReportView: Encodable {
        let rows: Int
        let valid: Int
        let written: Bool
        let errors: [ErrorView]
        var type: String?
        var title: String?
        var status: Int?
        var detail: String?

        /// One refused row: its line, the column, and as a problem's `errors` require, a
        /// pointer to them (`/<line>/<column>`).
        struct ErrorView: Encodable {
            let line: Int
            let field: String
            let detail: String
            let pointer: String
        }

        init(_ report: ImportReport) {
            rows = report.rows
            valid = report.valid
            written = report.written
            errors = report.problems.map { ErrorView(line: $0.line, field: $0.field, detail: $0.detail, pointer: "/\($0.line)/\($0.field)") }
        }

        /// The report as the 422 problem of an import refused for its bad rows.
        func refused() -> ImportReportView {
            var view = self
            view.type = ProblemDetails.typeBase + ProblemType.invalidImport.rawValue
            view.title = ProblemType.invalidImport.title
            view.status = ProblemType.invalidImport.status.code
            view.detail = "\(rows - valid) of \(rows) rows are invalid; nothing was imported."
            return view
        }
    }
}
