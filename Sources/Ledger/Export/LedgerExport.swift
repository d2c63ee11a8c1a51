import Glibc

/// The portable form of a ledger: JSON Lines, each line RFC 8785 canonical JSON.
///
/// 1. a header: format, version, origin, the node (trust-anchor) public key, the
///    signed-note verifier key, and the number of entries;
/// 2. one line per entry, in seq order: `{"entry":…,"hash":…,"signatures":[…]}`;
/// 3. a `keys` line listing every registered key (a convenience index; verifiers
///    recompute it from the key entries and refuse a mismatch);
/// 4. a `checkpoint` line: the signed checkpoint for exactly these entries.
///
/// docs/ledger-format.md is the normative description.
public enum LedgerExport {
    public static let format = "glocal-ledger-export"
    public static let version: Int64 = 1

    /// Writes the ledger's entries up to a fresh checkpoint to `path` (replaced atomically).
    public static func write(_ ledger: Ledger, to path: String) async throws -> Checkpoint {
        let signed = try await ledger.checkpoint()
        let size = signed.checkpoint.size
        let verifier = ledger.noteVerifier
        let temporary = path + ".partial"
        let file = try ExportFile(creating: temporary)
        try file.writeLine([
            "format": .string(format), "version": .integer(version), "origin": .string(ledger.origin),
            "node_key": .string(await ledger.keys.trustAnchor.hex), "note_verifier_key": .string(verifier.verifierKey),
            "size": .integer(Int64(size)),
        ])
        var next = 0
        while next < size {
            let batch = try await ledger.entries(from: next, limit: min(1_024, size - next))
            for signed in batch {
                try file.writeLine([
                    "entry": signed.entry.jsonValue, "hash": .string(signed.hash.hex),
                    "signatures": .array(signed.signatures.map {
                        .object(["key_id": .string($0.keyID.hex), "signature": .string($0.signature.hex)])
                    }),
                ])
            }
            next += batch.count
        }
        try file.writeLine(["keys": keyIndex(await ledger.keys)])
        try file.writeLine(["checkpoint": .string(signed.serialized())])
        try file.close()
        guard rename(temporary, path) == 0 else { throw ExportError.io(path: path, reason: String(cString: strerror(errno))) }
        return signed.checkpoint
    }

    static func keyIndex(_ directory: KeyDirectory) -> JSONValue {
        .array(directory.keys.values.sorted { $0.registeredAtSeq < $1.registeredAtSeq }.map { key in
            .object([
                "key_id": .string(key.keyID.hex), "public_key": .string(key.publicKey.hex),
                "role": .string(key.registration.role.rawValue), "registered_seq": .integer(Int64(key.registeredAtSeq)),
                "revoked_seq": key.revokedAtSeq.map { .integer(Int64($0)) } ?? .null,
            ])
        })
    }
}
