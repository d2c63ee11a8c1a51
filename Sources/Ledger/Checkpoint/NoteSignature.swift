/// One signature line of a signed note, kept whether or not its key is known so
/// that a note can be passed on with signatures this party cannot check
/// (a witness's cosignature, or a log key after rotation).
public struct NoteSignature: Sendable, Hashable {
    public let keyName: String
    public let keyID: UInt32
    /// The signature proper, without the four key ID bytes that precede it on the line.
    public let signature: [UInt8]

    public init(keyName: String, keyID: UInt32, signature: [UInt8]) throws(CheckpointError) {
        guard NoteSyntax.isValidKeyName(keyName) else { throw .invalidKeyName(keyName) }
        guard !signature.isEmpty else { throw .malformedSignatureLine("— \(keyName) (empty signature)") }
        self.keyName = keyName
        self.keyID = keyID
        self.signature = signature
    }

    /// `— <key name> <base64(key ID ‖ signature)>` followed by a newline.
    public var line: String {
        let id = [UInt8(keyID >> 24), UInt8(keyID >> 16 & 0xff), UInt8(keyID >> 8 & 0xff), UInt8(keyID & 0xff)]
        return "\u{2014} \(keyName) \(Base64.encode(id + signature))\n"
    }

    /// Reads one signature line, with or without its newline.
    public init(line: String) throws(CheckpointError) {
        var bytes = Array(line.utf8)
        if bytes.last == NoteSyntax.newline { bytes.removeLast() }
        try self.init(parsing: bytes[...])
    }

    /// Reads one line (without its newline) of a note's signature block.
    init(parsing line: ArraySlice<UInt8>) throws(CheckpointError) {
        let text = String(decoding: line, as: UTF8.self)
        guard line.starts(with: NoteSyntax.signatureLinePrefix) else { throw .malformedSignatureLine(text) }
        let rest = line.dropFirst(NoteSyntax.signatureLinePrefix.count)
        guard let space = rest.firstIndex(of: NoteSyntax.space) else { throw .malformedSignatureLine(text) }
        let name = String(decoding: rest[..<space], as: UTF8.self)
        guard NoteSyntax.isValidKeyName(name) else { throw .invalidKeyName(name) }
        guard let decoded = Base64.decode(String(decoding: rest[(space + 1)...], as: UTF8.self)) else {
            throw .invalidBase64(what: "signature by \(name)")
        }
        guard decoded.count > 4 else { throw .malformedSignatureLine(text) }
        let keyID = decoded.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        try self.init(keyName: name, keyID: keyID, signature: Array(decoded.dropFirst(4)))
    }
}
