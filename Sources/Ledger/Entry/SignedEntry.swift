/// An entry as stored and exported: its canonical bytes, their hash and the
/// signatures beside them.
public struct SignedEntry: Sendable, Equatable {
    public let entry: Entry
    public let canonicalBytes: [UInt8]
    public let hash: SHA256Digest
    public let signatures: [EntrySignature]

    public init(entry: Entry, canonicalBytes: [UInt8], signatures: [EntrySignature]) {
        self.entry = entry
        self.canonicalBytes = canonicalBytes
        self.hash = SHA256.hash(canonicalBytes)
        self.signatures = signatures
    }

    /// For bytes whose hash the caller has just computed.
    init(entry: Entry, canonicalBytes: [UInt8], hash: SHA256Digest, signatures: [EntrySignature]) {
        self.entry = entry
        self.canonicalBytes = canonicalBytes
        self.hash = hash
        self.signatures = signatures
    }

    public var receipt: EntryReceipt {
        EntryReceipt(seq: entry.seq, hash: hash, time: entry.time, kind: entry.kind)
    }
}
