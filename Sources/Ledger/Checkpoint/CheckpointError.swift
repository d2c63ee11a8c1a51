/// Why a signed note, verifier key or checkpoint was refused.
///
/// Notes and checkpoints arrive from other machines, so every refusal names the
/// rule of c2sp.org/signed-note or c2sp.org/tlog-checkpoint that was broken, in
/// one line an operator can act on.
public enum CheckpointError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidUTF8
    case emptyText
    case textMissingFinalNewline
    /// A byte below U+0020 other than newline, at this UTF-8 offset.
    case controlCharacter(offset: Int)
    case missingSignatureSeparator
    case noSignatures
    case noteMissingFinalNewline
    case malformedSignatureLine(String)
    case invalidKeyName(String)
    case invalidBase64(what: String)
    case tooManySignatures(limit: Int)
    case noSigners
    case duplicateSigner(keyName: String, keyID: UInt32)
    case malformedVerifierKey(reason: String)
    case unsupportedSignatureType(UInt8)
    case verifierKeyIDMismatch(keyName: String, stated: UInt32, computed: UInt32)
    /// A signature by a trusted key did not verify; the whole note is rejected.
    case invalidSignature(keyName: String, keyID: UInt32)
    /// Two different trusted keys share a name and key ID, so a signature cannot be attributed.
    case ambiguousVerifiers(keyName: String, keyID: UInt32)
    /// No signature on the note came from a trusted key.
    case noTrustedSignature
    case crypto(CryptoError)
    case missingCheckpointLines(found: Int)
    case emptyOrigin
    case invalidOrigin(String)
    case invalidTreeSize(String)
    case invalidRootHash(String)
    case emptyExtensionLine(lineNumber: Int)
    case invalidExtensionLine(lineNumber: Int)
    case checkpointMissingFinalNewline
    case originMismatch(origin: String, keyName: String)

    public var description: String {
        switch self {
        case .invalidUTF8:
            return "signed note is not valid UTF-8"
        case .emptyText:
            return "note text is empty"
        case .textMissingFinalNewline:
            return "note text does not end with a newline"
        case let .controlCharacter(offset):
            return "note contains a control character other than newline at byte \(offset)"
        case .missingSignatureSeparator:
            return "signed note has no blank line between its text and its signatures"
        case .noSignatures:
            return "signed note has no signature lines after the blank line"
        case .noteMissingFinalNewline:
            return "signed note does not end with a newline"
        case let .malformedSignatureLine(line):
            return "malformed signature line (expected \"— <key name> <base64 signature>\"): \(line.prefix(120))"
        case let .invalidKeyName(name):
            return "invalid key name \"\(name.prefix(120))\": it must be non-empty and contain no spaces, '+' or control characters"
        case let .invalidBase64(what):
            return "\(what) is not canonical standard base64"
        case let .tooManySignatures(limit):
            return "signed note has more than \(limit) signatures"
        case .noSigners:
            return "a note needs at least one signer"
        case let .duplicateSigner(keyName, keyID):
            return "signer \(keyName) with key ID \(NoteVerifier.hex(keyID)) appears more than once"
        case let .malformedVerifierKey(reason):
            return "malformed verifier key: \(reason)"
        case let .unsupportedSignatureType(type):
            return "unsupported note signature type 0x\(Hex.encode([type])) (only Ed25519, 0x01, is supported)"
        case let .verifierKeyIDMismatch(keyName, stated, computed):
            return "verifier key for \(keyName) states key ID \(NoteVerifier.hex(stated)) but its name and key hash to \(NoteVerifier.hex(computed))"
        case let .invalidSignature(keyName, keyID):
            return "signature by trusted key \(keyName) (key ID \(NoteVerifier.hex(keyID))) does not verify; note rejected"
        case let .ambiguousVerifiers(keyName, keyID):
            return "more than one trusted key is named \(keyName) with key ID \(NoteVerifier.hex(keyID)); cannot tell which one signed"
        case .noTrustedSignature:
            return "note carries no signature by a trusted key"
        case let .crypto(error):
            return error.description
        case let .missingCheckpointLines(found):
            return "checkpoint needs origin, tree size and root hash lines, found \(found) line(s)"
        case .emptyOrigin:
            return "checkpoint origin line is empty"
        case let .invalidOrigin(origin):
            return "checkpoint origin \"\(origin.prefix(120))\" contains a newline or control character"
        case let .invalidTreeSize(text):
            return "checkpoint tree size \"\(text.prefix(40))\" is not a decimal number without leading zeros that fits in 63 bits"
        case let .invalidRootHash(reason):
            return "checkpoint root hash \(reason)"
        case let .emptyExtensionLine(lineNumber):
            return "checkpoint line \(lineNumber) is an empty extension line"
        case let .invalidExtensionLine(lineNumber):
            return "checkpoint extension line \(lineNumber) contains a newline or control character"
        case .checkpointMissingFinalNewline:
            return "checkpoint text does not end with a newline"
        case let .originMismatch(origin, keyName):
            return "checkpoint origin \"\(origin.prefix(120))\" does not match the signing key's name \"\(keyName.prefix(120))\""
        }
    }
}
