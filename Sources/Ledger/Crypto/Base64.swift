/// Standard base64 (RFC 4648 §4, with padding), the encoding signed notes and
/// checkpoints use for keys, signatures and root hashes.
///
/// Decoding is strict so that every byte string has exactly one accepted text
/// form: a signature or root hash that could be spelled two ways would let two
/// parties disagree about whether they hold the same note.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    private static let padding = UInt8(ascii: "=")

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let remaining = bytes.count - index
            let first = UInt32(bytes[index])
            let second = remaining > 1 ? UInt32(bytes[index + 1]) : 0
            let third = remaining > 2 ? UInt32(bytes[index + 2]) : 0
            let group = first << 16 | second << 8 | third
            out.append(alphabet[Int(group >> 18 & 0x3f)])
            out.append(alphabet[Int(group >> 12 & 0x3f)])
            out.append(remaining > 1 ? alphabet[Int(group >> 6 & 0x3f)] : padding)
            out.append(remaining > 2 ? alphabet[Int(group & 0x3f)] : padding)
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes `text` encodes, or nil unless `text` is exactly what `encode`
    /// would produce for them: a length that is a multiple of four, only alphabet
    /// characters, at most two padding characters and only at the end, and zero
    /// bits wherever the last group carries fewer than 24 bits of data.
    public static func decode(_ text: String) -> [UInt8]? {
        let characters = Array(text.utf8)
        guard characters.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(characters.count / 4 * 3)
        var start = 0
        while start < characters.count {
            let isLastGroup = start + 4 == characters.count
            guard let group = decodeGroup(characters[start..<start + 4], isLastGroup: isLastGroup) else { return nil }
            out.append(contentsOf: group)
            start += 4
        }
        return out
    }

    private static func decodeGroup(_ characters: ArraySlice<UInt8>, isLastGroup: Bool) -> [UInt8]? {
        let paddingCount = characters.reversed().prefix { $0 == padding }.count
        guard paddingCount <= 2, paddingCount == 0 || isLastGroup else { return nil }
        var group: UInt32 = 0
        for character in characters.dropLast(paddingCount) {
            guard let value = value(of: character) else { return nil }
            group = group << 6 | value
        }
        group <<= 6 * UInt32(paddingCount)
        let bytes = [UInt8(group >> 16 & 0xff), UInt8(group >> 8 & 0xff), UInt8(group & 0xff)]
        let kept = 3 - paddingCount
        guard bytes[kept...].allSatisfy({ $0 == 0 }) else { return nil }
        return Array(bytes[..<kept])
    }

    private static func value(of character: UInt8) -> UInt32? {
        switch character {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(character - UInt8(ascii: "A"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(character - UInt8(ascii: "a")) + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(character - UInt8(ascii: "0")) + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
