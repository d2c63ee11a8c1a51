import Testing

@testable import Registry

/// Reading and writing CSV as spreadsheets do: quoting, line ends, the BOM, Cyrillic,
/// and refusals that name the line.
@Suite struct CSVReaderTests {
    private func read(_ text: String) throws -> [CSVRecord] {
        try CSVReader.records(Array(text.utf8))
    }

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let records = try read("a,b,c\r\n\"Ёж, \"\"колючий\"\"\",\"две\r\nстроки\",\n\"\",x,\"\"\"\"\n")
        #expect(records == [
            CSVRecord(line: 1, fields: ["a", "b", "c"]),
            CSVRecord(line: 2, fields: ["Ёж, \"колючий\"", "две\r\nстроки", ""]),
            CSVRecord(line: 4, fields: ["", "x", "\""]),
        ])
    }

    @Test func acceptsBOMAndEveryLineEndAndSkipsBlankLines() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("ё,Ё\r\n\r\nа,б\nв,г\rд,е".utf8)
        let records = try CSVReader.records(bytes)
        #expect(records.map(\.fields) == [["ё", "Ё"], ["а", "б"], ["в", "г"], ["д", "е"]])
        #expect(records.map(\.line) == [1, 3, 4, 5])
    }

    @Test func keepsRaggedRowsForTheCallerToJudge() throws {
        #expect(try read("a,b\n1\n1,2,3\n,\n").map(\.fields) == [["a", "b"], ["1"], ["1", "2", "3"], ["", ""]])
    }

    @Test func refusesInvalidUTF8WithItsLine() {
        let bytes = Array("name\nГлазов\n".utf8) + [0xC3, 0x28, 0x0A]
        #expect(throws: CSVError.invalidUTF8(line: 3)) { try CSVReader.records(bytes) }
    }

    @Test func refusesBrokenQuotingWithItsLine() {
        #expect(throws: CSVError.unterminatedQuote(line: 2)) { try read("a\n\"open\nstill open") }
        #expect(throws: CSVError.textAfterClosingQuote(line: 1)) { try read("\"a\"b,c") }
        #expect(throws: CSVError.quoteInUnquotedField(line: 2)) { try read("a\nsay \"hi\"") }
    }

    @Test func writesBOMCRLFAndQuotesOnlyWhatNeedsIt() {
        var writer = CSVWriter(header: ["name", "note"])
        writer.append(["Суздаль", "a, \"b\"\nc"])
        writer.append(["", "plain"])
        #expect(writer.bytes == [0xEF, 0xBB, 0xBF] + Array("name,note\r\nСуздаль,\"a, \"\"b\"\"\nc\"\r\n,plain\r\n".utf8))
    }

    @Test func roundTripsTrickyFields() throws {
        let rows = [["Ёлки-Палки", "", "\"", ",", "\r\n", "a\"\"b", " space ", "ё;ж"], ["1", "2", "3", "4", "5", "6", "7", "8"]]
        var writer = CSVWriter(header: ["a", "b", "c", "d", "e", "f", "g", "h"], neutralisingFormulas: false)
        rows.forEach { writer.append($0) }
        #expect(try CSVReader.records(writer.bytes).dropFirst().map(\.fields) == rows)
    }

    @Test func exportedFormulasAreTextAndImportBackUnchanged() throws {
        let fields = ["=HYPERLINK(\"http://x\")", "+7 912 000-00-00", "-1", "@SUM(A1)", "'=kept", "'plain", "ok"]
        var writer = CSVWriter(header: ["a", "b", "c", "d", "e", "f", "g"])
        writer.append(fields)
        let written = try CSVReader.records(writer.bytes)[1].fields
        #expect(written == ["'=HYPERLINK(\"http://x\")", "'+7 912 000-00-00", "'-1", "'@SUM(A1)", "''=kept", "'plain", "ok"])
        let table = try CSVTable(writer.bytes, required: ["a", "b", "c", "d", "e", "f", "g"], optional: [])
        #expect(["a", "b", "c", "d", "e", "f", "g"].map { table.rows[0][$0] } == fields)
    }

    @Test func neutralisingIsLosslessForEveryShortString() {
        let alphabet = ["'", "=", "+", "-", "@", "\t", "a", " "]
        var strings = [""]
        for _ in 0..<4 {
            strings += strings.filter { $0.count == strings.last?.count }.flatMap { text in alphabet.map { text + $0 } }
        }
        for text in strings {
            let neutralised = SpreadsheetFormula.neutralised(text)
            #expect(SpreadsheetFormula.restored(neutralised) == text, "\(text.debugDescription)")
            #expect(!(neutralised.first.map { "=+-@\t".contains($0) } ?? false), "\(text.debugDescription)")
        }
    }
}
