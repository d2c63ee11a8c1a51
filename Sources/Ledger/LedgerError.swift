/// Why the ledger refused an append, a read or an open. Each case carries what the
/// caller needs to act; `description` is one line suitable for a CLI or problem+json.
public enum LedgerError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidKind(String)
    case malformedEntry(reason: String)
    case invalidJSON(JSONError)
    case entryTooLarge(bytes: Int, limit: Int)
    case unknownKey(KeyID)
    case revokedKey(KeyID, revokedAtSeq: Int)
    case authorSignatureMissing(KeyID)
    case duplicateSigner(KeyID)
    case keyAlreadyRegistered(KeyID)
    case unsuitableKey(CryptoError)
    case notAuthorisedForKeys(KeyID)
    case cannotRevokeLastNodeKey(KeyID)
    case invalidKeyPayload(reason: String)
    case invalidPartySignature(reason: String)
    case wrongGenesis(reason: String)
    case crypto(CryptoError)
    case storage(StorageError)
    case alreadyInitialised(path: String)
    case notInitialised(path: String)
    case nodeKeyMismatch(expected: KeyID, given: KeyID)
    case seqOutOfRange(seq: Int, size: Int)
    case treeSizeOutOfRange(size: Int, ledgerSize: Int)
    case invalidOrigin(String)
    case corrupted(reason: String)

    public var description: String {
        switch self {
        case let .invalidKind(kind):
            return "entry kind \"\(kind.prefix(80))\" is not dotted lowercase (e.g. ip.deposit), at most \(EntryKind.maximumLength) bytes"
        case let .malformedEntry(reason): return "malformed entry: \(reason)"
        case let .invalidJSON(error): return "invalid JSON: \(error)"
        case let .entryTooLarge(bytes, limit): return "entry is \(bytes) bytes in canonical form; the limit is \(limit)"
        case let .unknownKey(key): return "key \(key) is not registered in the ledger"
        case let .revokedKey(key, seq): return "key \(key) was revoked at seq \(seq)"
        case let .authorSignatureMissing(key): return "the author key \(key) has not signed the entry"
        case let .duplicateSigner(key): return "key \(key) signed the entry more than once"
        case let .keyAlreadyRegistered(key): return "key \(key) is already registered"
        case let .unsuitableKey(error): return "key refused: \(error)"
        case let .notAuthorisedForKeys(key): return "key \(key) is not a node key and may not register or revoke other keys"
        case let .cannotRevokeLastNodeKey(key): return "key \(key) is the last active node key; register its successor before revoking it"
        case let .invalidKeyPayload(reason): return "invalid key entry: \(reason)"
        case let .invalidPartySignature(reason): return "invalid party signature: \(reason)"
        case let .wrongGenesis(reason): return "the first entry must register the node key: \(reason)"
        case let .crypto(error): return error.description
        case let .storage(error): return error.description
        case let .alreadyInitialised(path): return "\(path) already holds a Glocal ledger"
        case let .notInitialised(path): return "\(path) holds no Glocal ledger; create one with `glocal init --data \(path)`"
        case let .nodeKeyMismatch(expected, given):
            return "the node key \(given) is not the key this ledger was created with (\(expected))"
        case let .seqOutOfRange(seq, size): return "no entry with seq \(seq): the ledger holds seq 0…\(size - 1)"
        case let .treeSizeOutOfRange(size, ledgerSize): return "tree size \(size) is outside 1…\(ledgerSize)"
        case let .invalidOrigin(origin):
            return "origin \"\(origin.prefix(80))\" must be non-empty printable ASCII without spaces or '+', e.g. glocal.example/glazov"
        case let .corrupted(reason): return "the ledger store is inconsistent: \(reason); run `glocal verify`"
        }
    }
}
