import Foundation

/// The problems found in one row of an import, gathered while its fields are read so
/// that every bad field is reported, not only the first.
struct ImportRowProblems {
    let line: Int
    private(set) var found: [ImportProblem] = []

    init(line: Int) {
        self.line = line
    }

    mutating func add(_ field: String, _ rule: ValidationRule) {
        found.append(ImportProblem(line: line, field: field, rule: rule))
    }

    /// `text` as one of the enumeration's values; `fallback` when empty, if there is one.
    mutating func parse<T: RawRepresentable & CaseIterable>(_ field: String, _ text: String, default fallback: T?) -> T?
        where T.RawValue == String {
        let text = text.trimmingCharacters(in: .whitespaces)
        if text.isEmpty, let fallback { return fallback }
        if let value = T(rawValue: text) { return value }
        add(field, .notOneOf(T.allCases.map(\.rawValue)))
        return nil
    }
}
