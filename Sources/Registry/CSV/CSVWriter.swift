/// Writes CSV that Excel and LibreOffice open correctly without an import dialog:
/// a UTF-8 byte order mark first (without it Excel reads Cyrillic as Windows-1251),
/// CRLF after every record, and quotes only around fields that need them.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = [0xEF, 0xBB, 0xBF]

    public init(header: [String]) {
        append(header)
    }

    public mutating func append(_ fields: [String]) {
        for (position, field) in fields.enumerated() {
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
