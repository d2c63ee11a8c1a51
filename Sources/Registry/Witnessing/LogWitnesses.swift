import Ledger

/// The witnesses this node asks to cosign its own checkpoints: each by name, address and
/// verifier key, with the size of the latest checkpoint it cosigned; and the cosignatures
/// received, kept by checkpoint size so `/log/checkpoint` carries them.
public struct LogWitnesses: Sendable {
    let database: RegistryDatabase

    public init(database: RegistryDatabase) {
        self.database = database
    }

    /// Adds (or re-points) a witness at `url` (its submission prefix) with `verifierKey`
    /// (type 0x04); answers its name.
    @discardableResult
    public func add(url: String, verifierKey: String) async throws -> String {
        let verifier = try CosignatureVerifier(verifierKey: verifierKey)
        try await database.write { transaction in
            _ = try transaction.database.run(
                """
                INSERT INTO log_witness (name, url, verifier_key) VALUES (?, ?, ?)
                ON CONFLICT (name) DO UPDATE SET url = excluded.url, verifier_key = excluded.verifier_key
                """, [.text(verifier.name), .text(url), .text(verifier.verifierKey)])
        }
        return verifier.name
    }

    public func remove(name: String) async throws -> Bool {
        try await database.write { try $0.database.run("DELETE FROM log_witness WHERE name = ?", [.text(name)]) > 0 }
    }

    public func all() async throws -> [LogWitness] {
        try await database.read { connection in
            try connection.query("SELECT name, url, verifier_key, cosigned_size FROM log_witness ORDER BY name", []) { row in
                let row = TableRow(row, table: "log_witness", id: "")
                return LogWitness(name: try row.value("name"), url: try row.value("url"),
                                  verifier: try CosignatureVerifier(verifierKey: try row.value("verifier_key")),
                                  cosignedSize: try row.value("cosigned_size"))
            }
        }
    }

    /// Records what `witness` answered: the size it has cosigned, and its cosignature of
    /// the checkpoint of that size when it gave one.
    public func record(witness: String, cosignedSize: Int, cosignature: NoteSignature?) async throws {
        try await database.write { transaction in
            let connection = transaction.database
            _ = try connection.run("UPDATE log_witness SET cosigned_size = ? WHERE name = ?", [.int(cosignedSize), .text(witness)])
            if let cosignature {
                _ = try connection.run(
                    "INSERT INTO checkpoint_cosignature (size, witness, line) VALUES (?, ?, ?) ON CONFLICT (size, witness) DO UPDATE SET line = excluded.line",
                    [.int(cosignedSize), .text(witness), .text(cosignature.line)])
            }
        }
    }

    /// The newest checkpoint of this log that witnesses cosigned and that holds entry `seq`,
    /// with their cosignatures after the node's signature; nil while none has. Receipts and
    /// proofs are given against it, so that a reader who trusts a witness need not trust
    /// the node's word alone. Read inside the caller's read.
    public static func cosignedCheckpoint(holding seq: Int, _ connection: SQLiteConnection) throws -> SignedCheckpoint? {
        guard let size = try connection.queryFirst("SELECT max(size) AS size FROM checkpoint_cosignature", [], { row in
            try TableRow(row, table: "checkpoint_cosignature", id: "max").optional("size") as Int?
        }) ?? nil, size > seq, let checkpoint = try LedgerRecords(connection).checkpoint(size: size) else { return nil }
        return checkpoint.adding(try cosignatures(size: size, connection))
    }

    /// The cosignatures received for the checkpoint of `size`, read inside the caller's read.
    public static func cosignatures(size: Int, _ connection: SQLiteConnection) throws -> [NoteSignature] {
        try connection.query("SELECT line FROM checkpoint_cosignature WHERE size = ? ORDER BY witness", [.int(size)]) {
            try NoteSignature(line: try TableRow($0, table: "checkpoint_cosignature", id: String(size)).value("line"))
        }
    }
}
