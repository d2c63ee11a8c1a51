extension LedgerVerifier {
    /// Verifies a ledger database file through its own read-only connection, so a
    /// running node keeps writing meanwhile (WAL readers see a consistent snapshot).
    ///
    /// - Parameters:
    ///   - trustAnchor: the node key the first entry must register; when nil, the key
    ///     recorded in the database is used (an independent auditor passes it in).
    ///   - extraCheckpoints: signed checkpoints published elsewhere, e.g. by witnesses,
    ///     against which truncation or rewriting is detected even if the attacker also
    ///     rewrote the database's own checkpoint table.
    public static func verifyDatabase(at path: String, trustAnchor: Ed25519PublicKey? = nil,
                                      extraCheckpoints: [String] = []) throws -> VerificationReport {
        let database = try SQLiteConnection(path: path, readOnly: true)
        try database.execute("BEGIN")
        defer { try? database.execute("COMMIT") }
        let store = LedgerStore(database: database)
        guard let origin = try store.meta("origin"), let genesisHex = try store.meta("genesis_key") else {
            throw LedgerError.notInitialised(path: path)
        }
        let anchor = try trustAnchor ?? Ed25519PublicKey(hex: genesisHex)
        let notes = try database.query("SELECT note FROM ledger_checkpoint ORDER BY size") { try $0.text("note") } + extraCheckpoints
        var verifier = LedgerVerifier(trustAnchor: anchor)
        for note in notes { try verifier.expect(signedCheckpoint: note, origin: origin) }
        var next = 0
        while true {
            let rows = try store.rawEntries(from: next, limit: 2_048)
            guard let last = rows.last else { break }
            try verifier.check(rows)
            next = last.seq + 1
        }
        return try verifier.finish()
    }
}
