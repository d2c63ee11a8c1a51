extension Ledger {
    /// The stored entry with this seq, parsed.
    public func entry(_ seq: Int) throws -> SignedEntry {
        guard (0..<size).contains(seq) else { throw LedgerError.seqOutOfRange(seq: seq, size: size) }
        guard let entry = try entries(from: seq, limit: 1).first else { throw LedgerError.seqOutOfRange(seq: seq, size: size) }
        return entry
    }

    /// Up to `limit` entries from `start`, in seq order.
    public func entries(from start: Int, limit: Int) throws -> [SignedEntry] {
        try LedgerStore(database: connection).rawEntries(from: start, limit: limit).map { row in
            let signatures = try row.signatures.map {
                EntrySignature(keyID: try KeyID(hex: $0.keyID), signature: try Ed25519Signature(bytes: $0.bytes))
            }
            return SignedEntry(entry: try Entry(canonicalBytes: row.body), canonicalBytes: row.body, signatures: signatures)
        }
    }

    /// MTH of the first `treeSize` entries.
    public nonisolated func rootHash(treeSize: Int) async throws -> SHA256Digest {
        try await proofReader.rootHash(treeSize: treeSize)
    }

    /// RFC 9162 inclusion proof of entry `seq` in the tree of the first `treeSize` entries.
    public nonisolated func inclusionProof(seq: Int, treeSize: Int) async throws -> InclusionProof {
        try await proofReader.inclusionProof(seq: seq, treeSize: treeSize)
    }

    /// RFC 9162 consistency proof between the trees of the first `oldSize` and `newSize` entries.
    public nonisolated func consistencyProof(from oldSize: Int, to newSize: Int) async throws -> ConsistencyProof {
        try await proofReader.consistencyProof(from: oldSize, to: newSize)
    }

    /// The latest signed checkpoint, signing a new one first if entries were added since.
    public func checkpoint() throws -> SignedCheckpoint {
        let store = LedgerStore(database: connection)
        if let latest = try store.latestCheckpointNote() {
            let note = try SignedNote.parse(latest)
            let checkpoint = try Checkpoint(parsing: note.text)
            if checkpoint.size == size { return SignedCheckpoint(checkpoint: checkpoint, note: note) }
        }
        let checkpoint = try Checkpoint(origin: origin, size: size, rootHash: rootHash)
        let signed = try SignedCheckpoint.sign(checkpoint: checkpoint, signer: checkpointSigner)
        try store.insertCheckpoint(size: size, root: rootHash, note: signed.serialized())
        return signed
    }
}
