/// Word-at-a-time searches for the bytes that interrupt a run of plain string content.
///
/// Most of a ledger entry is long ASCII strings (hashes, keys, signatures); testing eight bytes
/// per step instead of one is what keeps parsing and canonicalising within a few microseconds.
/// The tests use the classic "does this word contain a byte below n" trick, which is exact about
/// whether such a byte exists (for n ≤ 0x80); the byte loop then finds which one it is.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The first index from `start` whose byte a parser must look at: a quote, a backslash, a
    /// control byte, or a byte of a multi-byte UTF-8 character that needs validating.
    static func endOfPlainASCII(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if word & highBits != 0 || needsEscape(word) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte >= 0x80 || byte == ASCII.quote || byte == ASCII.backslash { return index }
            index += 1
        }
        return index
    }

    /// The first index from `start` whose byte RFC 8785 escapes: a quote, a backslash or a
    /// control byte.
    static func firstToEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                if needsEscape(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { break }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == ASCII.quote || byte == ASCII.backslash { return index }
            index += 1
        }
        return index
    }

    private static func needsEscape(_ word: UInt64) -> Bool {
        containsByte(below: 0x20, in: word)
            || containsByte(below: 1, in: word ^ (ones &* UInt64(ASCII.quote)))
            || containsByte(below: 1, in: word ^ (ones &* UInt64(ASCII.backslash)))
    }

    private static func containsByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }
}
