/// The ledger as any reader of the node's file sees it, inside the caller's read
/// transaction on a connection of its own: its size, its entries and its latest signed
/// checkpoint. Pages read the ledger this way beside the registry, never through the
/// writer, so that a view neither waits for commits nor makes them wait.
public struct LedgerRecords {
    private let store: LedgerStore

    public init(_ connection: SQLiteConnection) {
        store = LedgerStore(database: connection)
    }

    /// How many entries are committed.
    public func size() throws -> Int {
        try store.size()
    }

    /// Up to `limit` entries from `start`, in seq order, parsed.
    public func entries(from start: Int, limit: Int) throws -> [SignedEntry] {
        try store.rawEntries(from: start, limit: limit).map { row in
            let signatures = try row.signatures.map {
                EntrySignature(keyID: try KeyID(hex: $0.keyID), signature: try Ed25519Signature(bytes: $0.bytes))
            }
            return SignedEntry(entry: try Entry(canonicalBytes: row.body), canonicalBytes: row.body, signatures: signatures)
        }
    }

    /// The seq, kind and time of up to `limit` entries from `start`, in seq order, without
    /// reading their bytes: what a list of the log shows.
    public func headings(from start: Int, limit: Int) throws -> [EntryHeading] {
        try store.headings(from: start, limit: limit)
    }

    /// The committed entry with this seq, parsed.
    public func entry(_ seq: Int) throws -> SignedEntry {
        guard seq >= 0, let entry = try entries(from: seq, limit: 1).first, entry.entry.seq == seq else {
            throw LedgerError.seqOutOfRange(seq: seq, size: try size())
        }
        return entry
    }

    /// The newest `limit` entries, of `kind` when given, newest first, parsed (their
    /// signatures are not read): what a feed of the log's changes shows.
    public func newestEntries(kind: String? = nil, limit: Int) throws -> [Entry] {
        try store.newestBodies(kind: kind, limit: limit).map { try Entry(canonicalBytes: $0) }
    }

    /// The canonical bytes of up to `limit` entries from `start`, unparsed.
    func rawBodies(from start: Int, limit: Int) throws -> [[UInt8]] {
        try store.rawBodies(from: start, limit: limit)
    }

    /// The leaf hashes of entries `first ..< first + count`, concatenated.
    func leafHashes(from first: Int, count: Int) throws -> [UInt8] {
        try store.leafHashes(from: first, count: count)
    }

    /// The stored root of the complete subtree at `level` and `index`.
    func treeHash(level: Int, index: Int) throws -> SHA256Digest {
        try store.hash(level: level, index: index)
    }

    /// The proof that entry `seq` is in the tree of the first `treeSize` entries (RFC 9162).
    public func inclusionProof(seq: Int, treeSize: Int) throws -> InclusionProof {
        try MerkleTree.inclusionProof(leafIndex: seq, treeSize: treeSize, source: store)
    }

    /// The proof that the tree of `oldSize` entries is a prefix of that of `newSize` (RFC 9162).
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws -> ConsistencyProof {
        try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: store)
    }

    /// The root hash of the tree of the first `size` entries.
    public func rootHash(size: Int) throws -> SHA256Digest {
        try MerkleTree.root(size: size, source: store)
    }

    /// The checkpoint the writer signed of the tree of `size` entries, if it signed one.
    public func checkpoint(size: Int) throws -> SignedCheckpoint? {
        guard let stored = try store.checkpointNote(size: size) else { return nil }
        let note = try SignedNote.parse(stored)
        return SignedCheckpoint(checkpoint: try Checkpoint(parsing: note.text), note: note)
    }

    /// The checkpoint the writer signed last, if it has signed one.
    public func latestCheckpoint() throws -> SignedCheckpoint? {
        guard let latest = try store.latestCheckpointNote() else { return nil }
        let note = try SignedNote.parse(latest)
        return SignedCheckpoint(checkpoint: try Checkpoint(parsing: note.text), note: note)
    }
}
