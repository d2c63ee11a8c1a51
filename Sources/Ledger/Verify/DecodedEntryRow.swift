/// An entry row parsed, checked for canonical form and hashed: the per-entry work of
/// verification that needs nothing from earlier entries, so a batch of rows is decoded
/// on all cores before the verifier walks them in order.
struct DecodedEntryRow: Sendable {
    let row: RawEntryRow
    /// The entry, or why its bytes are not a canonical entry.
    let entry: Result<Entry, LedgerError>
    /// SHA-256 of the bytes: the entry hash.
    let hash: SHA256Digest
    let leafHash: SHA256Digest

    /// Decodes a stored row: its bytes are parsed once and must be canonical.
    init(_ row: RawEntryRow) {
        self.init(row, entry: Result { () throws(LedgerError) in try Entry(canonicalBytes: row.body) })
    }

    /// A row whose entry the caller has already read from exactly these bytes.
    init(_ row: RawEntryRow, entry: Result<Entry, LedgerError>) {
        self.row = row
        self.entry = entry
        hash = SHA256.hash(row.body)
        leafHash = MerkleHash.leaf(row.body)
    }
}
