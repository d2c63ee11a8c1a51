/// Checks that a Host value or the authority of an absolute-form target is plausible:
/// `host [":" port]` where host is a name or IP address (RFC 3986 §3.2.2). It refuses
/// user information (`@`), paths, spaces, commas and empty hosts, which have no place in
/// a request to this server and which other software may read differently.
enum HTTPAuthority {
    static func isPlausible(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        let end = range.upperBound
        guard index < end else { return false }
        if bytes[index] == UInt8(ascii: "[") {
            index += 1
            let literalStart = index
            while index < end, bytes[index] != UInt8(ascii: "]") {
                let byte = bytes[index]
                guard byte.hexDigitValue != nil || byte == .httpColon || byte == UInt8(ascii: ".") else { return false }
                index += 1
            }
            guard index < end, index > literalStart else { return false }
            index += 1
        } else {
            let nameStart = index
            while index < end, bytes[index] != .httpColon {
                if bytes[index] == UInt8(ascii: "%") {
                    guard end - index >= 3, bytes[index + 1].hexDigitValue != nil, bytes[index + 2].hexDigitValue != nil
                    else { return false }
                    index += 3
                } else {
                    guard isNameByte(bytes[index]) else { return false }
                    index += 1
                }
            }
            guard index > nameStart else { return false }
        }
        guard index < end else { return true }
        guard bytes[index] == .httpColon, end - index - 1 <= 5 else { return false }
        return bytes[(index + 1)..<end].allSatisfy(\.isASCIIDigit)
    }

    /// unreserved and sub-delims of RFC 3986, except the comma, which would make a Host
    /// value look like a list of hosts.
    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"),
            UInt8(ascii: "$"), UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ";"), UInt8(ascii: "="):
            return true
        default:
            return false
        }
    }
}
