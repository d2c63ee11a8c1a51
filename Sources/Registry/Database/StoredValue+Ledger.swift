import Ledger

// The ledger's types, read back as the registry writes them.

extension LedgerTime: StoredValue {
    /// Written by `LedgerTime.rfc3339`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        self.init(rfc3339: try row.text(column))
    }
}

extension SHA256Digest: StoredValue {
    /// Written as `hex`. (`account_consent` keeps a digest's bytes instead: read those as
    /// `[UInt8]`.)
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        let text = try row.text(column)
        guard let digest = try? SHA256Digest(hex: text) else { return nil }
        self = digest
    }
}

extension KeyID: StoredValue {
    /// Written as `hex`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        let text = try row.text(column)
        guard let id = try? KeyID(hex: text) else { return nil }
        self = id
    }
}

extension Ed25519Signature: StoredValue {
    /// Written as `hex`.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        let text = try row.text(column)
        guard let signature = try? Ed25519Signature(hex: text) else { return nil }
        self = signature
    }
}

extension JSONValue: StoredValue {
    /// Written as canonical JSON text.
    init?(storedIn column: String, of row: SQLiteRow) throws(StorageError) {
        let text = try row.text(column)
        guard let value = try? JSONValue.parse(text) else { return nil }
        self = value
    }
}
