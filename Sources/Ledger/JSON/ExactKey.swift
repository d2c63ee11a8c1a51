/// An object key compared by its exact UTF-8 bytes.
///
/// Swift's `String ==` treats canonically equivalent strings as equal, but to JSON and RFC 8785
/// "\u{C5}" and "A\u{30A}" are different keys that must both survive; this wrapper hashes and
/// compares the bytes instead, and also knows the UTF-16 order RFC 8785 sorts keys in.
struct ExactKey: Hashable {
    let string: String

    static func == (lhs: ExactKey, rhs: ExactKey) -> Bool {
        same(lhs.string, rhs.string)
    }

    func hash(into hasher: inout Hasher) {
        Self.withUTF8(string) { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func same(_ lhs: String, _ rhs: String) -> Bool {
        // Identical bytes are always `==`, so `==` is a cheap first filter (for small strings
        // it compares two machine words); only the bytes can tell equivalent strings apart.
        lhs.utf8.count == rhs.utf8.count && lhs == rhs && lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// Orders keys by their UTF-16 code units, as RFC 8785 §3.2.3 requires, without transcoding.
    ///
    /// UTF-8 byte order is code point order, which matches UTF-16 order except that UTF-16 puts
    /// supplementary characters (surrogate pairs, 0xD800…) before U+E000–U+FFFF. Those two
    /// groups are told apart by their lead bytes alone (0xF0–0xF4 versus 0xEE–0xEF, values that
    /// never occur as continuation bytes), so comparing bytes with 0xEE–0xEF lifted above 0xF4
    /// gives exactly the UTF-16 order.
    static func precedesInUTF16Order(_ lhs: String, _ rhs: String) -> Bool {
        withUTF8(lhs) { left in
            withUTF8(rhs) { right in
                for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                    return utf16Rank(left[index]) < utf16Rank(right[index])
                }
                return left.count < right.count
            }
        }
    }

    /// The first eight bytes of `string`, ranked as in `precedesInUTF16Order` and packed
    /// big-endian, so most comparisons while sorting are one integer comparison. Equal prefixes
    /// (including a short key against one continuing with NUL bytes) need the full comparison.
    static func utf16OrderPrefix(_ string: String) -> UInt64 {
        withUTF8(string) { bytes in
            var prefix: UInt64 = 0
            for index in 0..<8 {
                prefix <<= 8
                if index < bytes.count { prefix |= UInt64(utf16Rank(bytes[index])) }
            }
            return prefix
        }
    }

    private static func utf16Rank(_ byte: UInt8) -> UInt8 {
        byte == 0xEE || byte == 0xEF ? byte &+ 8 : byte
    }

    /// Native strings (all of them on Linux) hand out their UTF-8 storage directly; only a
    /// bridged string would need the copy.
    static func withUTF8<Result>(_ string: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = string.utf8.withContiguousStorageIfAvailable(body) {
            return result
        }
        return Array(string.utf8).withUnsafeBufferPointer(body)
    }
}
