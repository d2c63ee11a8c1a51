/// One record of the ledger: the unit that is hashed, signed, chained and put in the
/// Merkle tree. The normative byte-level rules are in docs/ledger-format.md.
///
/// An entry holds IDs, hashes and amounts only — never personal data, which must stay
/// erasable in the registry while the ledger is immutable.
public struct Entry: Sendable, Equatable {
    /// The value of the `v` field; readers refuse versions they do not know.
    public static let formatVersion: Int64 = 1
    /// Largest canonical form accepted, so that one entry cannot exhaust a verifier and
    /// every entry fits the uint16 length of a tlog-tiles entry bundle.
    public static let maximumBytes = 65_535

    public let seq: Int
    public let time: LedgerTime
    public let kind: EntryKind
    public let author: KeyID
    public let prev: SHA256Digest
    public let payload: JSONObject

    public init(seq: Int, time: LedgerTime, kind: EntryKind, author: KeyID, prev: SHA256Digest, payload: JSONObject) {
        self.seq = seq
        self.time = time
        self.kind = kind
        self.author = author
        self.prev = prev
        self.payload = payload
    }

    public var jsonValue: JSONValue {
        .object([
            "v": .integer(Self.formatVersion),
            "seq": .integer(Int64(seq)),
            "time": .string(time.rfc3339),
            "kind": .string(kind.name),
            "author": .string(author.hex),
            "prev": .string(prev.hex),
            "payload": .object(payload),
        ])
    }

    /// RFC 8785 canonical bytes: what is hashed, signed and put in the Merkle tree.
    public func canonicalBytes() throws(LedgerError) -> [UInt8] {
        let bytes: [UInt8]
        do { bytes = try jsonValue.canonicalBytes() } catch { throw .invalidJSON(error) }
        guard bytes.count <= Self.maximumBytes else { throw .entryTooLarge(bytes: bytes.count, limit: Self.maximumBytes) }
        return bytes
    }

    /// Reads an entry from bytes that must already be its canonical form.
    ///
    /// The bytes are parsed once; the parsed value is then written back canonically and
    /// must reproduce them exactly. Every field is read strictly (one spelling each), so
    /// that value's canonical form is also the canonical form of the entry itself.
    public init(canonicalBytes bytes: [UInt8]) throws(LedgerError) {
        guard bytes.count <= Self.maximumBytes else { throw .entryTooLarge(bytes: bytes.count, limit: Self.maximumBytes) }
        let value: JSONValue
        do { value = try JSONValue.parse(bytes) } catch { throw .invalidJSON(error) }
        try self.init(jsonValue: value)
        let canonical: [UInt8]
        do { canonical = try value.canonicalBytes() } catch { throw .invalidJSON(error) }
        guard canonical == bytes else { throw .malformedEntry(reason: "bytes are not in RFC 8785 canonical form") }
    }

    /// Reads an entry from a parsed JSON object with exactly the seven fields.
    public init(jsonValue value: JSONValue) throws(LedgerError) {
        guard let object = value.objectValue else { throw .malformedEntry(reason: "an entry must be a JSON object") }
        let expected: Set<String> = ["v", "seq", "time", "kind", "author", "prev", "payload"]
        let present = object.map(\.key)
        guard present.count == expected.count, Set(present) == expected else {
            throw .malformedEntry(reason: "fields must be exactly v, seq, time, kind, author, prev, payload; got \(present.sorted().joined(separator: ", "))")
        }
        guard object["v"]?.integerValue == Self.formatVersion else {
            throw .malformedEntry(reason: "unsupported format version (this program reads v \(Self.formatVersion))")
        }
        guard let seq = object["seq"]?.integerValue, seq >= 0 else { throw .malformedEntry(reason: "seq must be a non-negative integer") }
        guard let timeText = object["time"]?.stringValue, let time = LedgerTime(rfc3339: timeText) else {
            throw .malformedEntry(reason: "time must be RFC 3339 UTC with milliseconds, e.g. 2026-11-23T16:29:00.000Z")
        }
        guard let kindText = object["kind"]?.stringValue else { throw .malformedEntry(reason: "kind must be a string") }
        guard let authorText = object["author"]?.stringValue, let author = try? KeyID(hex: authorText) else {
            throw .malformedEntry(reason: "author must be a key ID: 64 lowercase hex digits")
        }
        guard let prevText = object["prev"]?.stringValue, Hex.isLowercase(prevText), let prev = try? SHA256Digest(hex: prevText) else {
            throw .malformedEntry(reason: "prev must be a SHA-256 hash: 64 lowercase hex digits")
        }
        guard let payload = object["payload"]?.objectValue else { throw .malformedEntry(reason: "payload must be a JSON object") }
        self.init(seq: Int(seq), time: time, kind: try EntryKind(validating: kindText), author: author, prev: prev, payload: payload)
    }
}
