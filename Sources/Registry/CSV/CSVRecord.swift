/// One record of a CSV file and the line it starts on, so that a problem with any of
/// its fields can be reported where a person will find it in a spreadsheet or editor.
public struct CSVRecord: Equatable, Sendable {
    /// 1-based; a record with a quoted line break spans more than one line.
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
