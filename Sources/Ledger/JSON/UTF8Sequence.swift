/// Checks UTF-8 byte sequences against the well-formedness table of the Unicode Standard (3-7).
///
/// Overlong forms, encoded surrogates and values past U+10FFFF decode "successfully" in lax
/// decoders, so two verifiers could see different text behind the same signed bytes; they are
/// refused here at the offending byte.
enum UTF8Sequence {
    /// The length of the well-formed sequence starting at `offset`.
    static func length(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONError) -> Int {
        let lead = bytes[offset]
        if lead < 0x80 { return 1 }
        let length: Int
        var lowest: UInt8 = 0x80
        var highest: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF:
            length = 2
        case 0xE0:
            length = 3
            lowest = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF:
            length = 3
        case 0xED:
            length = 3
            highest = 0x9F
        case 0xF0:
            length = 4
            lowest = 0x90
        case 0xF1...0xF3:
            length = 4
        case 0xF4:
            length = 4
            highest = 0x8F
        default:
            throw .invalidUTF8(offset: offset)
        }
        guard offset + length <= bytes.count, (lowest...highest).contains(bytes[offset + 1]) else {
            throw .invalidUTF8(offset: offset)
        }
        for continuation in offset + 2..<offset + length where bytes[continuation] & 0xC0 != 0x80 {
            throw .invalidUTF8(offset: offset)
        }
        return length
    }

    /// The scalar encoded at `offset`, for error messages that show what was found.
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) throws(JSONError) -> Unicode.Scalar {
        let length = try length(in: bytes, at: offset)
        let leadBits: UInt32 = switch length {
        case 1: 0x7F
        case 2: 0x1F
        case 3: 0x0F
        default: 0x07
        }
        var value = UInt32(bytes[offset]) & leadBits
        for continuation in offset + 1..<offset + length {
            value = value << 6 | UInt32(bytes[continuation] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
