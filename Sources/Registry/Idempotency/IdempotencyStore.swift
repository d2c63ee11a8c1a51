import Ledger

/// Remembers the answers to requests that carried an `Idempotency-Key`, so that a
/// client retrying after a lost answer gets the first result and nothing is written
/// twice. Keys are scoped (per account) and forgotten after `retention`.
///
/// A key moves from `pending` (claimed, nothing written yet) to `committed` (its
/// request's write took effect, recorded in that write's own transaction) or straight
/// to `done` (the answer, rendered from the write's result, stored with the write too),
/// and to `done` once the answer is sent. Each claim names the store that holds it; one
/// process serves a data folder, so a claim held by another store was left by a process
/// that is gone, and the next request for the key resolves it: nothing written → it
/// runs again; answer stored → the answer is replayed.
public struct IdempotencyStore: Sendable {
    /// What a request with a key should do.
    public enum Claim: Sendable, Equatable {
        /// The key is new (or its earlier request never took effect) and is now held by
        /// this request: run it, then `complete` or `release`.
        case fresh
        /// The key was used for this same request: answer this again.
        case replay(StoredResponse)
        /// The key's first request is still running.
        case inProgress
        /// The key's first request took effect, but the process that ran it stopped before
        /// its answer was stored.
        case answerLost
        /// The key was used for a different request.
        case mismatch
    }

    /// A stored answer: enough to send it again byte for byte.
    public struct StoredResponse: Sendable, Equatable {
        public let status: Int
        public let contentType: String?
        public let body: [UInt8]

        public init(status: Int, contentType: String?, body: [UInt8]) {
            self.status = status
            self.contentType = contentType
            self.body = body
        }
    }

    let database: RegistryDatabase
    let retention: Duration
    let clock: @Sendable () -> LedgerTime
    /// Names this store's claims, so that claims left by a process that is gone are told apart.
    let holder: String

    public init(database: RegistryDatabase, retention: Duration = .seconds(24 * 3600),
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.retention = retention
        self.clock = clock
        self.holder = (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 16) }.joined(separator: "-")
    }

    /// Claims `key` in `scope` for a request whose method, path and body hash to `requestHash`.
    public func claim(scope: String, key: String, requestHash: [UInt8]) async throws -> Claim {
        let now = clock()
        let cutoff = now.adding(.zero - retention).rfc3339
        let holder = holder
        return try await database.write { transaction in
            let db = transaction.database
            _ = try db.run("DELETE FROM idempotency_key WHERE created_at < ?", [.text(cutoff)])
            let existing = try db.queryFirst(
                "SELECT request_hash, state, holder, status, content_type, body, body_format FROM idempotency_key WHERE scope = ? AND key = ?",
                [.text(scope), .text(key)]) { row in
                let row = TableRow(row, table: "idempotency_key", id: key)
                var body: [UInt8] = try row.value("body")
                if try row.value("body_format") as String == "lz" {
                    do { body = try AnswerCompression.decompress(body) } catch { throw row.corrupted("body") }
                }
                return (hash: try row.value("request_hash") as [UInt8], state: try row.value("state") as String,
                        holder: try row.optional("holder") as String?, status: try row.value("status") as Int,
                        contentType: try row.optional("content_type") as String?, body: body)
            }
            guard let existing else {
                _ = try db.run(
                    "INSERT INTO idempotency_key (scope, key, request_hash, state, holder, created_at) VALUES (?, ?, ?, 'pending', ?, ?)",
                    [.text(scope), .text(key), .blob(requestHash), .text(holder), .text(now.rfc3339)])
                return .fresh
            }
            guard existing.hash == requestHash else { return .mismatch }
            switch existing.state {
            case "done":
                return .replay(StoredResponse(status: existing.status, contentType: existing.contentType, body: existing.body))
            case _ where existing.holder == holder:
                return .inProgress
            case "pending":
                _ = try db.run("UPDATE idempotency_key SET holder = ? WHERE scope = ? AND key = ?",
                               [.text(holder), .text(scope), .text(key)])
                return .fresh
            default:
                return .answerLost
            }
        }
    }

    /// What every write of a request holding `key` records in its own transaction.
    public func keyedWrite(scope: String, key: String) -> KeyedWrite {
        KeyedWrite(scope: scope, key: key, answer: nil)
    }

    /// How a request's answer came to be kept.
    public enum Finish: Sendable, Equatable {
        /// Its write stored it in the write's own transaction.
        case storedWithWrite
        /// It is stored now, after a request that wrote without storing it: a crash
        /// between its write and now would have lost it.
        case storedAfterWrite
        /// It is stored now, for a request that wrote nothing (a dry run).
        case storedWithoutWrite
        /// It failed before writing anything: the key is free, and a retry runs afresh.
        case released
    }

    /// Keeps the answer of the request holding `key`. A success, and a failure after the
    /// request wrote something, are stored for replay (a retry must not write again); a
    /// failure before any write frees the key. An answer its write already stored is kept.
    @discardableResult
    public func finish(scope: String, key: String, response: StoredResponse, succeeded: Bool) async throws -> Finish {
        let stateQuery = "SELECT state FROM idempotency_key WHERE scope = ? AND key = ?"
        if succeeded, try await database.read({
            try $0.queryFirst(stateQuery, [.text(scope), .text(key)]) {
                try TableRow($0, table: "idempotency_key", id: key).value("state") as String
            }
        }) == "done" {
            return .storedWithWrite
        }
        return try await database.write { transaction in
            let db = transaction.database
            let state = try db.queryFirst(stateQuery, [.text(scope), .text(key)]) {
                try TableRow($0, table: "idempotency_key", id: key).value("state") as String
            }
            if state == "done" && succeeded { return .storedWithWrite }
            if state == nil || (state == "pending" && !succeeded) {
                _ = try db.run("DELETE FROM idempotency_key WHERE scope = ? AND key = ?", [.text(scope), .text(key)])
                return .released
            }
            try Self.keep(response, scope: scope, key: key, in: db)
            return state == "pending" ? .storedWithoutWrite : .storedAfterWrite
        }
    }

    /// Stores the key's answer, compressed (`AnswerCompression`), and marks the key done.
    static func keep(_ response: StoredResponse, scope: String, key: String, in database: SQLiteConnection) throws {
        _ = try database.run(
            "UPDATE idempotency_key SET state = 'done', status = ?, content_type = ?, body = ?, body_format = 'lz' WHERE scope = ? AND key = ?",
            [.integer(Int64(response.status)), response.contentType.map { .text($0) } ?? .null,
             .blob(AnswerCompression.compress(response.body)), .text(scope), .text(key)])
    }
}
