/// Reads RFC 4180 CSV as spreadsheets write it: fields separated by commas, quoted
/// fields with doubled quotes and embedded commas or line breaks, records ended by
/// CRLF, LF or a lone CR, and an optional UTF-8 byte order mark (Excel's "CSV UTF-8").
///
/// It refuses rather than guesses: bytes that are not UTF-8 (a file saved in
/// Windows-1251 would otherwise import as mojibake), unclosed quotes and stray quotes
/// are errors naming the line. Blank lines are skipped. Records may differ in length;
/// checking that is the caller's business, since it knows the columns.
public enum CSVReader {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    public static func records(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        var records: [CSVRecord] = []
        while index < bytes.count {
            let start = line
            var fields: [String] = []
            var ended = false
            while !ended {
                var field: [UInt8] = []
                let fieldLine = line
                if index < bytes.count, bytes[index] == quote {
                    index += 1
                    var closed = false
                    while index < bytes.count {
                        let byte = bytes[index]
                        index += 1
                        if byte == quote {
                            if index < bytes.count, bytes[index] == quote {
                                field.append(quote)
                                index += 1
                            } else {
                                closed = true
                                break
                            }
                        } else {
                            if byte == lf || (byte == cr && (index >= bytes.count || bytes[index] != lf)) { line += 1 }
                            field.append(byte)
                        }
                    }
                    guard closed else { throw .unterminatedQuote(line: fieldLine) }
                    if index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        throw .textAfterClosingQuote(line: line)
                    }
                } else {
                    while index < bytes.count, bytes[index] != comma, bytes[index] != cr, bytes[index] != lf {
                        guard bytes[index] != quote else { throw .quoteInUnquotedField(line: line) }
                        field.append(bytes[index])
                        index += 1
                    }
                }
                guard let text = String(validating: field, as: UTF8.self) else { throw .invalidUTF8(line: fieldLine) }
                fields.append(text)
                if index < bytes.count, bytes[index] == comma {
                    index += 1
                    continue
                }
                ended = true
                if index < bytes.count, bytes[index] == cr { index += 1 }
                if index < bytes.count, bytes[index] == lf { index += 1 }
                line += 1
            }
            if fields != [""] { records.append(CSVRecord(line: start, fields: fields)) }
        }
        return records
    }
}
