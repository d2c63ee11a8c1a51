/// Writes CSV that Excel and LibreOffice open correctly without an import dialog:
/// a UTF-8 byte order mark first (without it Excel reads Cyrillic as Windows-1251),
/// CRLF after every record, quotes only around fields that need them, and (unless
/// told otherwise) no field a spreadsheet would run as a formula.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]
    private let neutralisesFormulas: Bool

    public init(header: [String], neutralisingFormulas: Bool = true) {
        neutralisesFormulas = neutralisingFormulas
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        for (position, text) in fields.enumerated() {
            let field = neutralisesFormulas ? SpreadsheetFormula.neutralised(text) : text
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) {
                bytes.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    bytes.append(byte)
                    if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                }
                bytes.append(UInt8(ascii: "\""))
            } else {
                bytes.append(contentsOf: field.utf8)
            }
        }
        bytes.append(contentsOf: [UInt8(ascii: "\r"), UInt8(ascii: "\n")])
    }
}
