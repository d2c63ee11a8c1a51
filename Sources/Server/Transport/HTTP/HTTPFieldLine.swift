/// One `name: value` line of a header or trailer section (RFC 9112 §5), split in place:
/// the name is a token directly followed by the colon, the value holds no control
/// characters but HTAB, and the whitespace around the value is dropped.
///
/// Refused rather than repaired: a line starting with whitespace (obsolete line folding),
/// whitespace between name and colon, and a line without a colon, because proxies that
/// repair them differently would see other fields than we do.
struct HTTPFieldLine: Sendable {
    /// Where the name is in the parsed bytes.
    let name: Range<Int>
    /// Where the value is in the parsed bytes, without surrounding whitespace.
    let value: Range<Int>

    /// Splits `bytes[line]`, a non-empty line without its CRLF.
    init(_ bytes: [UInt8], _ line: Range<Int>) throws(HTTPParseError) {
        let end = line.upperBound
        var index = line.lowerBound
        guard index < end, !bytes[index].isHTTPWhitespace else { throw .obsoleteLineFolding }
        while index < end, bytes[index].isHTTPTokenCharacter { index += 1 }
        guard index < end, bytes[index] == .httpColon, index > line.lowerBound else {
            throw Self.nameError(bytes, from: index, to: end)
        }
        name = line.lowerBound..<index
        index += 1
        while index < end, bytes[index].isHTTPWhitespace { index += 1 }
        var valueEnd = end
        while valueEnd > index, bytes[valueEnd - 1].isHTTPWhitespace { valueEnd -= 1 }
        value = index..<valueEnd
        guard bytes[value].allSatisfy(\.isHTTPFieldContent) else {
            throw .invalidFieldValue(name: String(decoding: bytes[name].prefix(64), as: UTF8.self))
        }
    }

    /// Why the name did not end in a colon at `index`: whitespace before the colon, no
    /// colon at all, or a character that no token may hold.
    private static func nameError(_ bytes: [UInt8], from index: Int, to end: Int) -> HTTPParseError {
        guard let colon = bytes[index..<end].firstIndex(of: .httpColon) else { return .missingColon }
        if colon > index, bytes[index..<colon].allSatisfy(\.isHTTPWhitespace) { return .whitespaceBeforeColon }
        return .invalidFieldName
    }

    /// Whether the name is `lowercaseName`, ignoring ASCII case.
    func nameIs(_ lowercaseName: StaticString, in bytes: [UInt8]) -> Bool {
        guard name.count == lowercaseName.utf8CodeUnitCount else { return false }
        return lowercaseName.withUTF8Buffer { expected in
            zip(bytes[name], expected).allSatisfy { $0.asciiLowercased == $1 }
        }
    }
}
