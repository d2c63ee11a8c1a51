import Foundation
import Testing

@testable import Server

/// The table of problem types in `docs/api.md` is the code's `ProblemType`, row for row:
/// every type with its status, and no type the code does not answer.
@Suite struct ProblemTableTests {
    @Test func theDocumentedTableIsTheCodes() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/api.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let errors = try #require(text.range(of: "## Errors"))
        let section = text[errors.upperBound...].prefix { _ in true }
        var documented: [String: Int] = [:]
        for line in section.split(separator: "\n").prefix(while: { !$0.hasPrefix("## ") }) where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 2, cells[0] != "`about:blank`", let status = Int(cells[1]) else { continue }
            documented[cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))] = status
        }
        let coded = Dictionary(uniqueKeysWithValues: ProblemType.allCases.map { ($0.rawValue, $0.status.code) })
        #expect(documented == coded, "documented but not coded: \(documented.filter { coded[$0.key] != $0.value }); coded but not documented: \(coded.filter { documented[$0.key] != $0.value })")
    }
}
