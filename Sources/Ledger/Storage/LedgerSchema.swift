/// The ledger's tables. Every one is append-only: triggers refuse UPDATE and DELETE,
/// and entries must arrive with the next seq, so even a bug above cannot rewrite history.
/// (An attacker with the file can drop the triggers; `glocal verify` catches that.)
enum LedgerSchema {
    static let migrations: [Migration] = [
        Migration("ledger/0001-append-only-log", sql: """
            CREATE TABLE ledger_meta (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
            CREATE TABLE ledger_entry (
                seq INTEGER PRIMARY KEY CHECK (seq >= 0),
                hash BLOB NOT NULL UNIQUE CHECK (length(hash) = 32),
                kind TEXT NOT NULL,
                author TEXT NOT NULL,
                time TEXT NOT NULL,
                body BLOB NOT NULL
            ) STRICT;
            CREATE INDEX ledger_entry_by_kind ON ledger_entry (kind, seq);
            CREATE TABLE ledger_signature (
                seq INTEGER NOT NULL REFERENCES ledger_entry (seq),
                position INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                signature BLOB NOT NULL CHECK (length(signature) = 64),
                PRIMARY KEY (seq, position)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE ledger_merkle_node (
                level INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                hash BLOB NOT NULL CHECK (length(hash) = 32),
                PRIMARY KEY (level, idx)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE ledger_checkpoint (
                size INTEGER PRIMARY KEY,
                root BLOB NOT NULL,
                note TEXT NOT NULL
            ) STRICT;
            \(inOrderTrigger)
            \(appendOnlyTriggers(for: ["ledger_meta", "ledger_entry", "ledger_signature", "ledger_merkle_node", "ledger_checkpoint"]))
            """),
        // A durable commit costs about one log page per B-tree page it touches. The first
        // layout touched pages all over the file: the unique index on entry hashes (never
        // read: the chain itself makes hashes unique) put each entry on a random page, the
        // kind index one page per kind, and Merkle nodes keyed by (level, idx) one page per
        // level. Here every table grows at its end: nodes are keyed by `position`, the
        // order in which appends complete them (the last leaf a node covers, times 64, plus
        // its level), and only key entries, which opening the ledger reads, are indexed
        // by kind. A batch of eight appends now writes about a quarter of the pages.
        Migration("ledger/0002-tables-that-grow-at-the-end", sql: """
            CREATE TABLE ledger_entry_new (
                seq INTEGER PRIMARY KEY CHECK (seq >= 0),
                hash BLOB NOT NULL CHECK (length(hash) = 32),
                kind TEXT NOT NULL,
                author TEXT NOT NULL,
                time TEXT NOT NULL,
                body BLOB NOT NULL
            ) STRICT;
            INSERT INTO ledger_entry_new (seq, hash, kind, author, time, body)
                SELECT seq, hash, kind, author, time, body FROM ledger_entry ORDER BY seq;
            CREATE TABLE ledger_signature_new (
                seq INTEGER NOT NULL REFERENCES ledger_entry_new (seq),
                position INTEGER NOT NULL,
                key_id TEXT NOT NULL,
                signature BLOB NOT NULL CHECK (length(signature) = 64),
                PRIMARY KEY (seq, position)
            ) STRICT, WITHOUT ROWID;
            INSERT INTO ledger_signature_new (seq, position, key_id, signature)
                SELECT seq, position, key_id, signature FROM ledger_signature ORDER BY seq, position;
            CREATE TABLE ledger_merkle_node_new (
                position INTEGER PRIMARY KEY,
                level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 57),
                idx INTEGER NOT NULL CHECK (idx >= 0),
                hash BLOB NOT NULL CHECK (length(hash) = 32),
                CHECK (position = (((idx + 1) << level) - 1) * 64 + level)
            ) STRICT;
            INSERT INTO ledger_merkle_node_new (position, level, idx, hash)
                SELECT (((idx + 1) << level) - 1) * 64 + level, level, idx, hash FROM ledger_merkle_node ORDER BY 1;
            DROP TABLE ledger_signature;
            DROP TABLE ledger_entry;
            DROP TABLE ledger_merkle_node;
            ALTER TABLE ledger_entry_new RENAME TO ledger_entry;
            ALTER TABLE ledger_signature_new RENAME TO ledger_signature;
            ALTER TABLE ledger_merkle_node_new RENAME TO ledger_merkle_node;
            CREATE INDEX ledger_entry_key_events ON ledger_entry (seq) WHERE kind IN ('key.register', 'key.revoke');
            \(inOrderTrigger)
            \(appendOnlyTriggers(for: ["ledger_entry", "ledger_signature", "ledger_merkle_node"]))
            """),
    ]

    /// Where a Merkle node is stored: appends complete nodes in this order, so new ones
    /// always go at the end of the table.
    static func merklePosition(level: Int, index: Int) -> Int {
        (((index + 1) << level) - 1) * 64 + level
    }

    private static let inOrderTrigger = """
        CREATE TRIGGER ledger_entry_in_order BEFORE INSERT ON ledger_entry
        WHEN NEW.seq <> (SELECT COALESCE(MAX(seq) + 1, 0) FROM ledger_entry)
        BEGIN SELECT RAISE(ABORT, 'ledger entries must be appended in seq order'); END;
        """

    private static func appendOnlyTriggers(for tables: [String]) -> String {
        tables.map { table in
            """
            CREATE TRIGGER \(table)_no_update BEFORE UPDATE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
            CREATE TRIGGER \(table)_no_delete BEFORE DELETE ON \(table)
            BEGIN SELECT RAISE(ABORT, '\(table) is append-only'); END;
            """
        }.joined(separator: "\n")
    }
}
