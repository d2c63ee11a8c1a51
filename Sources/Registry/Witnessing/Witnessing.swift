import Glibc
import Ledger

/// This node as a witness of other towns' logs (C2SP tlog-witness, tlog-cosignature): it
/// follows the logs it is told to by their verifier keys, keeps the latest checkpoint it
/// cosigned for each, and cosigns a new one only if it is signed by the log and proved
/// consistent with that one. A checkpoint of the same size with another root (a fork), or
/// a proof that does not verify, is refused and kept as evidence.
public struct Witnessing: Sendable {
    /// At most this many consistency proof lines, as the protocol says.
    public static let maximumProofLines = 63

    let database: RegistryDatabase
    let folder: DataFolder
    let clock: @Sendable () -> LedgerTime

    public init(database: RegistryDatabase, folder: DataFolder, clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.folder = folder
        self.clock = clock
    }

    /// The name this node cosigns under: its own log's origin, then `/witness`.
    public var name: String { database.ledger.origin + "/witness" }

    /// The witness key, made (mode 0600) the first time it is needed.
    public func cosigner() throws -> Cosigner {
        if access(folder.witnessKeyPath, F_OK) != 0 {
            do { try KeyFile.writePrivateKey(try Ed25519PrivateKey.generate(), to: folder.witnessKeyPath) } catch KeyFileError.alreadyExists {}
        }
        return try Cosigner(name: name, privateKey: try KeyFile.readPrivateKey(at: folder.witnessKeyPath))
    }

    /// Starts following the log whose checkpoints `verifierKey` checks; answers its origin.
    @discardableResult
    public func follow(verifierKey: String) async throws -> String {
        let verifier = try NoteVerifier(verifierKey: verifierKey)
        try await database.write { transaction in
            _ = try transaction.database.run(
                "INSERT INTO witnessed_log (origin, verifier_key) VALUES (?, ?) ON CONFLICT (origin) DO UPDATE SET verifier_key = excluded.verifier_key",
                [.text(verifier.name), .text(verifier.verifierKey)])
        }
        return verifier.name
    }

    /// Stops following `origin`; false if it was not followed.
    public func unfollow(origin: String) async throws -> Bool {
        try await database.write { try $0.database.run("DELETE FROM witnessed_log WHERE origin = ?", [.text(origin)]) > 0 }
    }

    public func followed() async throws -> [WitnessedLog] {
        try await database.read { connection in
            try connection.query("SELECT origin, verifier_key, size, checkpoint FROM witnessed_log ORDER BY origin", []) { row in
                let row = TableRow(row, table: "witnessed_log", id: "")
                return WitnessedLog(origin: try row.value("origin"), verifierKey: try row.value("verifier_key"),
                                    size: try row.value("size"), checkpoint: try row.value("checkpoint"))
            }
        }
    }

    /// The evidence of misbehaviour recorded so far, oldest first.
    public func evidence() async throws -> [WitnessEvidence] {
        try await database.read { connection in
            try connection.query(
                "SELECT origin, reason, recorded_size, recorded_checkpoint, claimed_checkpoint, recorded_at FROM witnessed_log_evidence ORDER BY id",
                []) { row in
                let row = TableRow(row, table: "witnessed_log_evidence", id: "")
                return WitnessEvidence(origin: try row.value("origin"), reason: try row.value("reason"),
                                       recordedSize: try row.value("recorded_size"), recordedCheckpoint: try row.value("recorded_checkpoint"),
                                       claimedCheckpoint: try row.value("claimed_checkpoint"), recordedAt: try row.value("recorded_at"))
            }
        }
    }

    /// Checks an add-checkpoint request (`old N`, consistency proof lines, an empty line,
    /// the checkpoint) and answers this witness's cosignature of it, having recorded the
    /// checkpoint as the latest it cosigned, in one transaction. Refuses as `WitnessRefusal` says.
    public func addCheckpoint(_ request: String) async throws -> [NoteSignature] {
        let submission = try Submission(request)
        let cosigner = try cosigner()
        let now = clock()
        let outcome: Result<NoteSignature, WitnessRefusal> = try await database.write { transaction in
            let connection = transaction.database
            let checkpoint = submission.checkpoint
            guard let stored = try connection.queryFirst(
                "SELECT verifier_key, size, root_hash, checkpoint FROM witnessed_log WHERE origin = ?", [.text(checkpoint.origin)],
                { row in
                    let row = TableRow(row, table: "witnessed_log", id: checkpoint.origin)
                    let root: [UInt8]? = try row.value("root_hash")
                    let note: String? = try row.value("checkpoint")
                    let key: String = try row.value("verifier_key")
                    let size: Int = try row.value("size")
                    return (key: key, size: size, root: try root.flatMap { $0.isEmpty ? nil : try SHA256Digest(bytes: $0) },
                            checkpoint: note)
                }) else { return .failure(.unknownOrigin(checkpoint.origin)) }
            guard (try? submission.note.verify(with: [NoteVerifier(verifierKey: stored.key)]))?.isEmpty == false else {
                return .failure(.notSignedByTheLog(origin: checkpoint.origin))
            }
            guard submission.oldSize <= checkpoint.size else {
                return .failure(.oldSizeBeyondCheckpoint(old: submission.oldSize, size: checkpoint.size))
            }
            guard submission.oldSize == stored.size else { return .failure(.oldSizeIsNotTheLatest(latest: stored.size)) }
            func evidence(_ reason: String) throws {
                try Self.keepEvidence(origin: checkpoint.origin, reason: reason, recordedSize: stored.size,
                                      recordedCheckpoint: stored.checkpoint, claimed: submission.note.serialized(), at: now, connection)
            }
            if let root = stored.root, stored.size > 0 {
                if checkpoint.size == stored.size {
                    guard checkpoint.rootHash == root else {
                        try evidence("fork")
                        return .failure(.fork(origin: checkpoint.origin, size: checkpoint.size))
                    }
                } else {
                    do {
                        try ConsistencyProof(oldSize: stored.size, newSize: checkpoint.size, hashes: submission.proof)
                            .verify(oldRoot: root, newRoot: checkpoint.rootHash)
                    } catch {
                        try evidence("inconsistent")
                        return .failure(.inconsistent(origin: checkpoint.origin, from: stored.size, to: checkpoint.size))
                    }
                }
            } else if !submission.proof.isEmpty {
                return .failure(.malformed(reason: "the proof must be empty when the old size is 0"))
            }
            _ = try connection.run(
                "UPDATE witnessed_log SET size = ?, root_hash = ?, checkpoint = ?, updated_at = ? WHERE origin = ?",
                [.int(checkpoint.size), .blob(checkpoint.rootHash.bytes), .text(submission.note.serialized()), .text(now.rfc3339),
                 .text(checkpoint.origin)])
            return .success(try cosigner.cosign(submission.note.text, at: UInt64(max(0, now.millisecondsSinceEpoch / 1000))))
        }
        return [try outcome.get()]
    }

    /// Keeps a checkpoint that contradicts what this node holds of `origin`'s log (a fork,
    /// or entries or a proof that do not lead to it), seen as a witness or as a follower;
    /// once each, however often it is shown again.
    static func keepEvidence(origin: String, reason: String, recordedSize: Int, recordedCheckpoint: String?, claimed: String,
                             at time: LedgerTime, _ connection: SQLiteConnection) throws {
        _ = try connection.run(
            """
            INSERT INTO witnessed_log_evidence (origin, reason, recorded_size, recorded_checkpoint, claimed_checkpoint, recorded_at)
            SELECT ?1, ?2, ?3, ?4, ?5, ?6
            WHERE NOT EXISTS (SELECT 1 FROM witnessed_log_evidence WHERE origin = ?1 AND reason = ?2 AND claimed_checkpoint = ?5)
            """, [.text(origin), .text(reason), .int(recordedSize), recordedCheckpoint.map { .text($0) } ?? .null,
                  .text(claimed), .text(time.rfc3339)])
    }

    /// An add-checkpoint request, read.
    struct Submission {
        let oldSize: Int
        let proof: [SHA256Digest]
        let note: SignedNote
        let checkpoint: Checkpoint

        init(_ text: String) throws(WitnessRefusal) {
            guard let blank = text.range(of: "\n\n") else { throw .malformed(reason: "no empty line before the checkpoint") }
            let lines = text[..<blank.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            guard let first = lines.first, first.hasPrefix("old "), let old = Int(first.dropFirst(4)), old >= 0,
                  String(old) == first.dropFirst(4) else { throw .malformed(reason: "the first line must be `old <size>`") }
            guard lines.count - 1 <= Witnessing.maximumProofLines else { throw .malformed(reason: "more than 63 proof lines") }
            var proof: [SHA256Digest] = []
            for line in lines.dropFirst() {
                guard let bytes = Base64.decode(String(line)), let hash = try? SHA256Digest(bytes: bytes) else {
                    throw .malformed(reason: "a proof line is not a base64 SHA-256 hash")
                }
                proof.append(hash)
            }
            do {
                note = try SignedNote.parse(String(text[blank.upperBound...]))
                checkpoint = try Checkpoint(parsing: note.text)
            } catch {
                throw .malformed(reason: "the checkpoint is not a signed note of a checkpoint")
            }
            oldSize = old
            self.proof = proof
        }
    }
}
