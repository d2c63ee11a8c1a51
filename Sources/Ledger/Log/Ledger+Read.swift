extension Ledger {
    /// The stored entry with this seq, parsed.
    public func entry(_ seq: Int) throws -> SignedEntry {
        guard (0..<size).contains(seq) else { throw LedgerError.seqOutOfRange(seq: seq, size: size) }
        return try LedgerRecords(connection).entry(seq)
    }

    /// Up to `limit` entries from `start`, in seq order.
    public func entries(from start: Int, limit: Int) throws -> [SignedEntry] {
        try LedgerRecords(connection).entries(from: start, limit: limit)
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
        if let latest = try LedgerRecords(connection).latestCheckpoint(), latest.checkpoint.size == size { return latest }
        let checkpoint = try Checkpoint(origin: origin, size: size, rootHash: rootHash)
        let signed = try SignedCheckpoint.sign(checkpoint: checkpoint, signer: checkpointSigner)
        try LedgerStore(database: connection).insertCheckpoint(size: size, root: rootHash, note: signed.serialized())
        // Only the log changed: pages that show nothing of it (nor of marks) stay current.
        commits.advance(reach: .judging)
        return signed
    }

    /// The latest signed checkpoint if it covers entry `seq`, otherwise a new one: what a
    /// receipt for that entry is checked against.
    public func checkpoint(covering seq: Int) throws -> SignedCheckpoint {
        if let latest = try LedgerRecords(connection).latestCheckpoint(), latest.checkpoint.size > seq { return latest }
        return try checkpoint()
    }

    /// Signs a checkpoint of the log as it has grown, at most once per
    /// `checkpointInterval`, after commits: so that the latest stored checkpoint is never
    /// far behind and readers have no reason to ask the writer for one.
    func scheduleCheckpoint() {
        guard !checkpointScheduled else { return }
        checkpointScheduled = true
        Task {
            try? await Task.sleep(for: Self.checkpointInterval)
            self.signScheduledCheckpoint()
        }
    }

    private func signScheduledCheckpoint() {
        checkpointScheduled = false
        // A failure leaves the latest checkpoint older, never wrong; the next commit tries again.
        _ = try? checkpoint()
    }
}
