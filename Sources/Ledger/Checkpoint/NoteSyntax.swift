/// The lexical rules c2sp.org/signed-note places on note bytes and key names,
/// shared by signing, parsing and verifier keys so that all three agree.
enum NoteSyntax {
    static let newline = UInt8(ascii: "\n")
    static let space = UInt8(ascii: " ")
    /// U+2014 EM DASH followed by a space: how every signature line begins.
    static let signatureLinePrefix: [UInt8] = [0xE2, 0x80, 0x94, 0x20]

    /// The offset of the first ASCII control character other than newline, if any.
    static func firstControlCharacter(in bytes: some Sequence<UInt8>) -> Int? {
        for (offset, byte) in bytes.enumerated() where byte < 0x20 && byte != newline {
            return offset
        }
        return nil
    }

    /// Non-empty, no Unicode white space and no '+'. Control characters are refused
    /// too, since a name containing one could never appear in a valid note.
    static func isValidKeyName(_ name: String) -> Bool {
        !name.isEmpty && !name.unicodeScalars.contains { scalar in
            scalar.properties.isWhitespace || scalar == "+" || scalar.value < 0x20
        }
    }
}
