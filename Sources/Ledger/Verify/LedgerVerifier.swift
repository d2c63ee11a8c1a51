/// Replays a ledger from seq 0 and reports the first entry that is wrong: bytes not
/// canonical, seq out of order, a broken `prev` link, time going backwards, a key
/// unknown or revoked, a missing or invalid signature, a key rule broken, or a
/// Merkle root that differs from a signed checkpoint.
///
/// Signatures are checked in parallel batches (they dominate the cost); everything
/// else is sequential. The failure reported is always the lowest failing seq.
public struct LedgerVerifier: Sendable {
    public private(set) var keys: KeyDirectory
    private var frontier = MerkleFrontier()
    private var lastHash = SHA256Digest.zero
    private var lastTime = LedgerTime(millisecondsSinceEpoch: 0)
    private var pendingSignatures: [SignatureCheck] = []
    private var checkpoints: [Int: Checkpoint] = [:]
    private var checkpointNotes: [(note: SignedNote, checkpoint: Checkpoint)] = []
    private var matchedCheckpoints: [Int] = []
    private let batchSize = 4_096

    public init(trustAnchor: Ed25519PublicKey) {
        keys = KeyDirectory(trustAnchor: trustAnchor)
    }

    /// Entries checked so far.
    public var size: Int { frontier.size }
    public var rootHash: SHA256Digest { frontier.root() }

    /// Adds a signed checkpoint (C2SP note text) whose root must match the tree when it
    /// reaches its size. Its signature is checked in `finish`, against the node keys
    /// the ledger registered before that size, so checkpoints survive key rotation.
    public mutating func expect(signedCheckpoint text: String, origin: String) throws(VerificationFailure) {
        let note: SignedNote
        let checkpoint: Checkpoint
        do {
            note = try SignedNote.parse(text)
            checkpoint = try Checkpoint(parsing: note.text)
        } catch {
            throw VerificationFailure(seq: nil, reason: "unreadable checkpoint: \(error)")
        }
        guard Array(checkpoint.origin.utf8) == Array(origin.utf8) else {
            throw VerificationFailure(seq: nil, reason: "a checkpoint names origin \(checkpoint.origin), not \(origin)")
        }
        guard checkpoint.size > size else {
            throw VerificationFailure(seq: nil, reason: "checkpoints must be given before the entries they cover")
        }
        if let other = checkpoints[checkpoint.size], other.rootHash != checkpoint.rootHash {
            throw VerificationFailure(seq: nil, reason: "two signed checkpoints of size \(checkpoint.size) disagree on the root")
        }
        checkpoints[checkpoint.size] = checkpoint
        checkpointNotes.append((note, checkpoint))
    }

    /// Checks the next stored entry.
    public mutating func check(_ row: RawEntryRow) throws(VerificationFailure) {
        try check(DecodedEntryRow(row))
    }

    /// Checks the next stored entries, in order. Parsing and hashing them is spread over
    /// the cores; the checks that depend on earlier entries then run in order.
    public mutating func check(_ rows: [RawEntryRow]) throws(VerificationFailure) {
        for row in rows.concurrentMap(DecodedEntryRow.init) { try check(row) }
    }

    /// Checks the next entry, already decoded.
    mutating func check(_ row: DecodedEntryRow) throws(VerificationFailure) {
        let expectedSeq = size
        do {
            try checkSequential(row, expectedSeq: expectedSeq)
        } catch let failure as VerificationFailure {
            try checkPendingSignatures()
            throw failure
        } catch {
            try checkPendingSignatures()
            throw VerificationFailure(seq: expectedSeq, reason: "\(error)")
        }
        if pendingSignatures.count >= batchSize { try checkPendingSignatures() }
    }

    /// Completes verification: every checkpoint must have been reached and matched.
    public mutating func finish() throws(VerificationFailure) -> VerificationReport {
        try checkPendingSignatures()
        if let missing = checkpoints.keys.filter({ $0 > size }).min() {
            throw VerificationFailure(seq: size, reason: "the ledger ends after \(size) entries but a signed checkpoint commits to \(missing); entries from seq \(size) on are missing")
        }
        for (note, checkpoint) in checkpointNotes {
            let signers = keys.keys.values.filter { key in
                key.registration.role == .node && key.registeredAtSeq < checkpoint.size
            }
            do {
                let verifiers = try signers.map { try NoteVerifier(name: checkpoint.origin, publicKey: $0.publicKey) }
                _ = try note.verify(with: verifiers)
            } catch {
                throw VerificationFailure(seq: nil, reason: "the checkpoint of size \(checkpoint.size) is not validly signed by a node key: \(error)")
            }
        }
        return VerificationReport(entries: size, rootHash: rootHash, checkpointSizes: matchedCheckpoints.sorted(),
                                  registeredKeys: keys.keys.count, activeKeys: keys.keys.values.filter(\.isActive).count)
    }

    private mutating func checkSequential(_ decoded: DecodedEntryRow, expectedSeq: Int) throws {
        let row = decoded.row
        guard row.seq == expectedSeq else {
            throw VerificationFailure(seq: expectedSeq, reason: row.seq > expectedSeq
                ? "entry is missing (the next stored entry is seq \(row.seq))"
                : "stored out of order (found seq \(row.seq) where \(expectedSeq) belongs)")
        }
        let entry = try decoded.entry.get()
        guard entry.seq == expectedSeq else {
            throw VerificationFailure(seq: expectedSeq, reason: "the entry's own seq field says \(entry.seq)")
        }
        let hash = decoded.hash
        guard row.storedHash == hash.bytes else {
            throw VerificationFailure(seq: expectedSeq, reason: "stored hash differs from the SHA-256 of the entry's bytes")
        }
        guard entry.prev == lastHash else {
            throw VerificationFailure(seq: expectedSeq, reason: "prev is \(entry.prev) but the previous entry's hash is \(lastHash)")
        }
        guard entry.time >= lastTime else {
            throw VerificationFailure(seq: expectedSeq, reason: "time \(entry.time) is earlier than the previous entry's \(lastTime)")
        }
        let signerIDs = try row.signatures.map { try KeyID(hex: $0.keyID) }
        let publicKeys = try keys.signingKeys(for: entry, signers: signerIDs)
        let byID = Dictionary(publicKeys.map { ($0.keyID, $0) }, uniquingKeysWith: { first, _ in first })
        for (raw, keyID) in zip(row.signatures, signerIDs) {
            guard let key = byID[keyID] else { throw LedgerError.unknownKey(keyID) }
            pendingSignatures.append(SignatureCheck(seq: expectedSeq, keyID: keyID, key: key,
                                                    signature: try Ed25519Signature(bytes: raw.bytes), message: row.body))
        }
        try keys.admit(entry)
        _ = frontier.append(leafHash: decoded.leafHash)
        lastHash = hash
        lastTime = entry.time
        if let checkpoint = checkpoints[size] {
            guard checkpoint.rootHash == rootHash else {
                throw VerificationFailure(seq: expectedSeq, reason: "the Merkle root of the first \(size) entries is \(rootHash) but the signed checkpoint says \(checkpoint.rootHash)")
            }
            matchedCheckpoints.append(size)
        }
    }

    /// Checks the signatures of the entries accepted so far, so that a failure found among
    /// them, which has a lower seq, is reported before a later problem.
    mutating func checkPendingSignatures() throws(VerificationFailure) {
        let checks = pendingSignatures
        pendingSignatures = []
        guard !checks.isEmpty else { return }
        let valid = checks.concurrentMap { check in check.key.isValidSignature(check.signature, for: check.message) }
        if let index = valid.firstIndex(of: false) {
            let check = checks[index]
            throw VerificationFailure(seq: check.seq, reason: "signature by key \(check.keyID) does not verify")
        }
    }
}

/// One deferred signature verification.
private struct SignatureCheck: Sendable {
    let seq: Int
    let keyID: KeyID
    let key: Ed25519PublicKey
    let signature: Ed25519Signature
    let message: [UInt8]
}
