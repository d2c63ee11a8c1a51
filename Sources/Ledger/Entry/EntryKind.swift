/// What an entry records, as a dotted lowercase name (`ip.deposit`, `option.grant`).
/// The grammar keeps kinds greppable and safe to use as metric labels and file names.
public struct EntryKind: Hashable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public static let keyRegister: EntryKind = "key.register"
    public static let keyRevoke: EntryKind = "key.revoke"
    public static let maximumLength = 64

    public let name: String

    /// Accepts `segment(.segment)+` where a segment is `[a-z][a-z0-9_]*`, at most 64 bytes.
    public init(validating name: String) throws(LedgerError) {
        guard Self.isValid(name) else { throw .invalidKind(name) }
        self.name = name
    }

    /// For compile-time constants in code; a malformed literal is a programming error.
    public init(stringLiteral name: String) {
        precondition(Self.isValid(name), "malformed entry kind literal \(name)")
        self.name = name
    }

    public var description: String { name }

    private static func isValid(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard !bytes.isEmpty, bytes.count <= maximumLength else { return false }
        var segments = 0
        var atSegmentStart = true
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if atSegmentStart { return false }
                atSegmentStart = true
                continue
            }
            let isLetter = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            let isDigitOrUnderscore = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            if atSegmentStart {
                guard isLetter else { return false }
                segments += 1
                atSegmentStart = false
            } else if !isLetter && !isDigitOrUnderscore {
                return false
            }
        }
        return !atSegmentStart && segments >= 2
    }
}
