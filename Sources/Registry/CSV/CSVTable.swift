import Foundation

/// A CSV file read against the columns an import expects: the header names the
/// columns, in any order; every required column must be there and no unknown one may
/// be, so a misspelt column is an error rather than data silently dropped.
public struct CSVTable: Sendable {
    /// One data record, its fields by column name; absent optional columns read as "".
    public struct Row: Sendable {
        public let line: Int
        let values: [String: String]

        public subscript(column: String) -> String { values[column] ?? "" }
    }

    public let rows: [Row]
    /// Data records in the file, including ragged ones.
    public let rowCount: Int
    /// False when the header is missing or names wrong columns: then no row is read.
    public let isHeaderValid: Bool
    /// Header problems and ragged rows; rows listed here are not in `rows`.
    public let problems: [ImportProblem]

    public init(_ bytes: [UInt8], required: [String], optional: [String]) throws(CSVError) {
        let records = try CSVReader.records(bytes)
        guard let header = records.first else {
            rows = []
            rowCount = 0
            isHeaderValid = false
            problems = [ImportProblem(line: 1, field: "file", rule: .emptyFile(columns: required))]
            return
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        var problems: [ImportProblem] = []
        let known = Set(required + optional)
        for name in names where !known.contains(name) {
            problems.append(ImportProblem(line: header.line, field: name.isEmpty ? "header" : name,
                                          rule: .unknownColumn(columns: required + optional)))
        }
        for name in required where !names.contains(name) {
            problems.append(ImportProblem(line: header.line, field: name, rule: .missingColumn))
        }
        for (position, name) in names.enumerated() where names[..<position].contains(name) && known.contains(name) {
            problems.append(ImportProblem(line: header.line, field: name, rule: .usedTwice))
        }
        var rows: [Row] = []
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                problems.append(ImportProblem(line: record.line, field: "row",
                                              rule: .wrongFieldCount(found: record.fields.count, expected: names.count)))
                continue
            }
            let fields = record.fields.map(SpreadsheetFormula.restored)
            rows.append(Row(line: record.line, values: Dictionary(zip(names, fields)) { first, _ in first }))
        }
        isHeaderValid = !problems.contains { $0.line == header.line }
        self.rows = isHeaderValid ? rows : []
        self.problems = problems
        self.rowCount = records.count - 1
    }
}
