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
            CREATE TRIGGER ledger_entry_in_order BEFORE INSERT ON ledger_entry
            WHEN NEW.seq <> (SELECT COALESCE(MAX(seq) + 1, 0) FROM ledger_entry)
            BEGIN SELECT RAISE(ABORT, 'ledger entries must be appended in seq order'); END;
            \(appendOnlyTriggers(for: ["ledger_meta", "ledger_entry", "ledger_signature", "ledger_merkle_node", "ledger_checkpoint"]))
            """),
    ]

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
