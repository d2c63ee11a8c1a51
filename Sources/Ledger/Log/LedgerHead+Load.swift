extension LedgerHead {
    /// Rebuilds the head of a stored ledger: key directory from the key entries, the
    /// Merkle frontier from stored nodes, and the last hash and time.
    static func load(from store: LedgerStore, trustAnchor: Ed25519PublicKey) throws -> LedgerHead {
        let size = try store.size()
        var keys = KeyDirectory(trustAnchor: trustAnchor)
        try store.database.forEach(
            "SELECT body FROM ledger_entry WHERE kind IN ('key.register', 'key.revoke') ORDER BY seq") { row in
            try keys.admit(Entry(canonicalBytes: try row.blob("body")))
            return true
        }
        guard size > 0 else { throw LedgerError.corrupted(reason: "the ledger has no genesis entry") }
        let last = try store.database.queryOne(
            "SELECT hash, time FROM ledger_entry WHERE seq = ?", [.int(size - 1)]) { row throws(StorageError) in
                (try row.blob("hash"), try row.text("time"))
            }
        guard let lastTime = LedgerTime(rfc3339: last.1) else {
            throw LedgerError.corrupted(reason: "entry \(size - 1) has an unreadable time")
        }
        let frontier = try MerkleFrontier(size: size, source: store)
        return LedgerHead(size: size, lastHash: try SHA256Digest(bytes: last.0), lastTime: lastTime, frontier: frontier, keys: keys)
    }
}
