/// A text and the signatures over it, in the c2sp.org/signed-note v1.0.0 format.
///
/// Checkpoints travel as signed notes so that any party holding the log's
/// verifier key, and any witness cosigning it, can check them with tools that
/// know nothing of this ledger. The text must not be acted on until `verify`
/// has accepted it.
public struct SignedNote: Sendable {
    /// More signatures than any log and its witnesses need (the spec requires
    /// accepting at least 16), few enough to bound the work a hostile note causes.
    public static let maximumSignatureCount = 100

    /// Includes the final newline, not the blank line that follows it.
    public let text: String
    public let signatures: [NoteSignature]

    private init(text: String, signatures: [NoteSignature]) {
        self.text = text
        self.signatures = signatures
    }

    /// Signs `text` (non-empty, ending in a newline, no control characters other
    /// than newline) with each signer, in the order given.
    public static func sign(text: String, signers: [NoteSigner]) throws(CheckpointError) -> SignedNote {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { throw .emptyText }
        guard bytes.last == NoteSyntax.newline else { throw .textMissingFinalNewline }
        if let offset = NoteSyntax.firstControlCharacter(in: bytes) { throw .controlCharacter(offset: offset) }
        guard !signers.isEmpty else { throw .noSigners }
        guard signers.count <= maximumSignatureCount else { throw .tooManySignatures(limit: maximumSignatureCount) }
        var seen = Set<NoteVerifier>()
        var signatures: [NoteSignature] = []
        for signer in signers {
            let (inserted, _) = seen.insert(signer.verifier)
            guard inserted else { throw .duplicateSigner(keyName: signer.name, keyID: signer.keyID) }
            signatures.append(try signer.signature(for: bytes))
        }
        return SignedNote(text: text, signatures: signatures)
    }

    /// The same note with `more` signature lines after its own (a witness's cosignatures),
    /// leaving out lines it already carries.
    public func adding(_ more: [NoteSignature]) -> SignedNote {
        SignedNote(text: text, signatures: signatures + more.filter { !signatures.contains($0) })
    }

    public func serialized() -> String {
        text + "\n" + signatures.map(\.line).joined()
    }

    public static func parse(_ serialized: String) throws(CheckpointError) -> SignedNote {
        try parse(utf8: Array(serialized.utf8))
    }

    /// Parses bytes as received, refusing invalid UTF-8 rather than repairing it,
    /// since a repaired text would no longer be the text that was signed.
    public static func parse(utf8 bytes: [UInt8]) throws(CheckpointError) -> SignedNote {
        // Decoding repairs invalid sequences, so a change in the bytes means they were invalid.
        guard Array(String(decoding: bytes, as: UTF8.self).utf8) == bytes else { throw .invalidUTF8 }
        if let offset = NoteSyntax.firstControlCharacter(in: bytes) { throw .controlCharacter(offset: offset) }
        guard let separator = lastBlankLine(in: bytes) else { throw .missingSignatureSeparator }
        let text = bytes[...separator]
        let block = bytes[(separator + 2)...]
        guard !block.isEmpty else { throw .noSignatures }
        guard block.last == NoteSyntax.newline else { throw .noteMissingFinalNewline }
        let lines = block.dropLast().split(separator: NoteSyntax.newline, omittingEmptySubsequences: false)
        guard lines.count <= maximumSignatureCount else { throw .tooManySignatures(limit: maximumSignatureCount) }
        var signatures: [NoteSignature] = []
        for line in lines {
            signatures.append(try NoteSignature(parsing: line))
        }
        return SignedNote(text: String(decoding: text, as: UTF8.self), signatures: signatures)
    }

    /// The verifiers, among those trusted, whose signatures on this note verified,
    /// each once and in the order their first signature appears.
    ///
    /// Signatures whose key name and key ID do not both match a trusted key are
    /// ignored. Every signature that does match is checked, and any that fails
    /// rejects the whole note. A note with no verified signature is rejected.
    public func verify(with verifiers: [NoteVerifier]) throws(CheckpointError) -> [NoteVerifier] {
        var trusted: [KeyReference: NoteVerifier] = [:]
        var ambiguous = Set<KeyReference>()
        for verifier in verifiers {
            let reference = KeyReference(name: verifier.name, keyID: verifier.keyID)
            if let existing = trusted[reference], existing != verifier { ambiguous.insert(reference) }
            trusted[reference] = verifier
        }
        let message = Array(text.utf8)
        var verified: [NoteVerifier] = []
        for signature in signatures {
            let reference = KeyReference(name: signature.keyName, keyID: signature.keyID)
            guard let verifier = trusted[reference] else { continue }
            guard !ambiguous.contains(reference) else {
                throw .ambiguousVerifiers(keyName: signature.keyName, keyID: signature.keyID)
            }
            guard verifier.isValidSignature(signature.signature, for: message) else {
                throw .invalidSignature(keyName: signature.keyName, keyID: signature.keyID)
            }
            if !verified.contains(verifier) { verified.append(verifier) }
        }
        guard !verified.isEmpty else { throw .noTrustedSignature }
        return verified
    }

    /// The index of the first newline of the last "\n\n": the text ends there
    /// (inclusive) and the signatures begin two bytes later.
    private static func lastBlankLine(in bytes: [UInt8]) -> Int? {
        var index = bytes.count - 2
        while index >= 0 {
            if bytes[index] == NoteSyntax.newline && bytes[index + 1] == NoteSyntax.newline { return index }
            index -= 1
        }
        return nil
    }

    /// Names a key the way signature lines do; names compare by their exact bytes.
    private struct KeyReference: Hashable {
        let name: [UInt8]
        let keyID: UInt32

        init(name: String, keyID: UInt32) {
            self.name = Array(name.utf8)
            self.keyID = keyID
        }
    }
}
