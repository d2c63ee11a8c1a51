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
    public func rootHash(treeSize: Int) throws -> SHA256Digest {
        try requireTreeSize(treeSize)
        return try connection.reading { try MerkleTree.root(size: treeSize, source: merkleNodes) }
    }

    /// RFC 9162 inclusion proof of entry `seq` in the tree of the first `treeSize` entries.
    public func inclusionProof(seq: Int, treeSize: Int) throws -> InclusionProof {
        try requireTreeSize(treeSize)
        guard seq >= 0, seq < treeSize else { throw LedgerError.seqOutOfRange(seq: seq, size: treeSize) }
        return try connection.reading {
            try MerkleTree.inclusionProof(leafIndex: seq, treeSize: treeSize, source: merkleNodes)
        }
    }

    /// RFC 9162 consistency proof between the trees of the first `oldSize` and `newSize` entries.
    public func consistencyProof(from oldSize: Int, to newSize: Int) throws -> ConsistencyProof {
        try requireTreeSize(oldSize)
        try requireTreeSize(newSize)
        return try connection.reading {
            try MerkleTree.consistencyProof(from: oldSize, to: newSize, source: merkleNodes)
        }
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
        let signed = try SignedCheckpoint.sign(checkpoint: checkpoint, signer: NoteSigner(name: origin, privateKey: nodeKey))
        try store.insertCheckpoint(size: size, root: rootHash, note: signed.serialized())
        return signed
    }

    /// Cached upper levels first, SQLite for the rest.
    private var merkleNodes: CachedMerkleNodes {
        CachedMerkleNodes(cache: merkleCache, store: LedgerStore(database: connection))
    }

    private func requireTreeSize(_ treeSize: Int) throws {
        guard treeSize >= 1, treeSize <= size else { throw LedgerError.treeSizeOutOfRange(size: treeSize, ledgerSize: size) }
    }
}
