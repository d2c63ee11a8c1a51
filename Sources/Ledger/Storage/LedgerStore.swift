/// The SQL for reading and writing the ledger's tables on one connection. It checks
/// nothing about signatures or keys: `LedgerTransaction` decides, this only stores.
struct LedgerStore {
    let database: SQLiteConnection

    func insert(_ signed: SignedEntry, newNodes: [MerkleNode]) throws {
        let entry = signed.entry
        try database.run(
            "INSERT INTO ledger_entry (seq, hash, kind, author, time, body) VALUES (?, ?, ?, ?, ?, ?)",
            [.int(entry.seq), .blob(signed.hash.bytes), .text(entry.kind.name), .text(entry.author.hex),
             .text(entry.time.rfc3339), .blob(signed.canonicalBytes)])
        for (position, signature) in signed.signatures.enumerated() {
            try database.run(
                "INSERT INTO ledger_signature (seq, position, key_id, signature) VALUES (?, ?, ?, ?)",
                [.int(entry.seq), .int(position), .text(signature.keyID.hex), .blob(signature.signature.bytes)])
        }
        for node in newNodes {
            try database.run(
                "INSERT INTO ledger_merkle_node (position, level, idx, hash) VALUES (?, ?, ?, ?)",
                [.int(LedgerSchema.merklePosition(level: node.level, index: node.index)), .int(node.level), .int(node.index),
                 .blob(node.hash.bytes)])
        }
    }

    func meta(_ name: String) throws -> String? {
        try database.queryFirst("SELECT value FROM ledger_meta WHERE name = ?", [.text(name)]) { try $0.text("value") }
    }

    func setMeta(_ name: String, _ value: String) throws {
        try database.run("INSERT INTO ledger_meta (name, value) VALUES (?, ?)", [.text(name), .text(value)])
    }

    func size() throws -> Int {
        try database.queryOne("SELECT COALESCE(MAX(seq) + 1, 0) AS size FROM ledger_entry") { row throws(StorageError) in
            try row.int("size")
        }
    }

    /// Rows in seq order from `start`, at most `limit`; parsing is left to the caller so a
    /// verifier can report a malformed row instead of failing the whole read.
    func rawEntries(from start: Int, limit: Int) throws -> [RawEntryRow] {
        var rows = try database.query(
            "SELECT seq, hash, body FROM ledger_entry WHERE seq >= ? ORDER BY seq LIMIT ?",
            [.int(start), .int(limit)]) {
            RawEntryRow(seq: try $0.int("seq"), storedHash: try $0.blob("hash"), body: try $0.blob("body"), signatures: [])
        }
        guard let first = rows.first, let last = rows.last else { return rows }
        var bySeq: [Int: [RawSignature]] = [:]
        try database.forEach(
            "SELECT seq, key_id, signature FROM ledger_signature WHERE seq BETWEEN ? AND ? ORDER BY seq, position",
            [.int(first.seq), .int(last.seq)]) { row in
            bySeq[try row.int("seq"), default: []].append(RawSignature(keyID: try row.text("key_id"), bytes: try row.blob("signature")))
            return true
        }
        for index in rows.indices {
            rows[index].signatures = bySeq[rows[index].seq] ?? []
        }
        return rows
    }

    /// The seq, kind and time of up to `limit` entries from `start`, in seq order, from
    /// the columns stored beside each entry's bytes.
    func headings(from start: Int, limit: Int) throws -> [EntryHeading] {
        try database.query("SELECT seq, kind, time FROM ledger_entry WHERE seq >= ? ORDER BY seq LIMIT ?", [.int(start), .int(limit)]) { row in
            EntryHeading(seq: try row.int("seq"), kind: try EntryKind(validating: try row.text("kind")), time: try row.text("time"))
        }
    }

    func insertCheckpoint(size: Int, root: SHA256Digest, note: String) throws {
        try database.run("INSERT INTO ledger_checkpoint (size, root, note) VALUES (?, ?, ?)",
                         [.int(size), .blob(root.bytes), .text(note)])
    }

    /// The canonical bytes of up to `limit` entries from `start`, in seq order.
    /// The canonical bytes of the newest `limit` entries, of `kind` when given (by the
    /// kind index), newest first.
    func newestBodies(kind: String?, limit: Int) throws -> [[UInt8]] {
        if let kind {
            return try database.query("SELECT body FROM ledger_entry WHERE kind = ? ORDER BY seq DESC LIMIT ?", [.text(kind), .int(limit)]) {
                try $0.blob("body")
            }
        }
        return try database.query("SELECT body FROM ledger_entry ORDER BY seq DESC LIMIT ?", [.int(limit)]) { try $0.blob("body") }
    }

    func rawBodies(from start: Int, limit: Int) throws -> [[UInt8]] {
        try database.query("SELECT body FROM ledger_entry WHERE seq >= ? ORDER BY seq LIMIT ?", [.int(start), .int(limit)]) {
            try $0.blob("body")
        }
    }

    /// The leaf hashes of entries `first ..< first + count`, concatenated, read in one pass
    /// over the node table (leaves lie between their parents, in order).
    func leafHashes(from first: Int, count: Int) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(32 * count)
        try database.forEach(
            "SELECT hash FROM ledger_merkle_node WHERE position BETWEEN ? AND ? AND level = 0 ORDER BY position",
            [.int(LedgerSchema.merklePosition(level: 0, index: first)), .int(LedgerSchema.merklePosition(level: 0, index: first + count - 1))]) {
            bytes += try $0.blob("hash")
            return true
        }
        return bytes
    }

    /// The note of the checkpoint the writer signed of the tree of `size` entries, if it signed one.
    func checkpointNote(size: Int) throws -> String? {
        try database.queryFirst("SELECT note FROM ledger_checkpoint WHERE size = ?", [.int(size)]) { row throws(StorageError) in
            try row.text("note")
        }
    }

    func latestCheckpointSize() throws -> Int? {
        try database.queryFirst("SELECT size FROM ledger_checkpoint ORDER BY size DESC LIMIT 1") { try $0.int("size") }
    }

    func latestCheckpointNote() throws -> String? {
        try database.queryFirst("SELECT note FROM ledger_checkpoint ORDER BY size DESC LIMIT 1") { try $0.text("note") }
    }
}

/// One stored entry as read back, before any check.
public struct RawEntryRow: Sendable {
    public let seq: Int
    public let storedHash: [UInt8]
    public let body: [UInt8]
    public var signatures: [RawSignature]
}

/// A signature row as read back, before any check.
public struct RawSignature: Sendable {
    public let keyID: String
    public let bytes: [UInt8]
}

extension LedgerStore: MerkleNodeSource {
    func hash(level: Int, index: Int) throws -> SHA256Digest {
        let bytes = try database.queryFirst(
            "SELECT hash FROM ledger_merkle_node WHERE position = ?",
            [.int(LedgerSchema.merklePosition(level: level, index: index))]) { try $0.blob("hash") }
        guard let bytes else { throw LedgerError.corrupted(reason: "Merkle node (level \(level), index \(index)) is missing") }
        return try SHA256Digest(bytes: bytes)
    }
}
