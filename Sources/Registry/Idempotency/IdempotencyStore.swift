import Ledger

/// Remembers the answers to requests that carried an `Idempotency-Key`, so that a
/// client retrying after a lost answer gets the first result and nothing is written
/// twice. Keys are scoped (per account) and forgotten after `retention`.
public struct IdempotencyStore: Sendable {
    /// What a request with a key should do.
    public enum Claim: Sendable, Equatable {
        /// The key is new and now held by this request: run it, then `complete` or `release`.
        case fresh
        /// The key was used for this same request: answer this again.
        case replay(StoredResponse)
        /// The key's first request is still running.
        case inProgress
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

    public init(database: RegistryDatabase, retention: Duration = .seconds(24 * 3600),
                clock: @escaping @Sendable () -> LedgerTime = LedgerTime.now) {
        self.database = database
        self.retention = retention
        self.clock = clock
    }

    /// Claims `key` in `scope` for a request whose method, path and body hash to `requestHash`.
    public func claim(scope: String, key: String, requestHash: [UInt8]) async throws -> Claim {
        let now = clock()
        let cutoff = now.adding(.zero - retention).rfc3339
        return try await database.write { transaction in
            let db = transaction.database
            _ = try db.run("DELETE FROM idempotency_key WHERE created_at < ?", [.text(cutoff)])
            let existing = try db.queryFirst(
                "SELECT request_hash, state, status, content_type, body FROM idempotency_key WHERE scope = ? AND key = ?",
                [.text(scope), .text(key)]) { row in
                (hash: row.blob(0), state: row.text(1), status: row.int(2),
                 contentType: row.isNull(3) ? nil : row.text(3), body: row.blob(4))
            }
            guard let existing else {
                _ = try db.run(
                    "INSERT INTO idempotency_key (scope, key, request_hash, state, created_at) VALUES (?, ?, ?, 'pending', ?)",
                    [.text(scope), .text(key), .blob(requestHash), .text(now.rfc3339)])
                return .fresh
            }
            guard existing.hash == requestHash else { return .mismatch }
            guard existing.state == "done" else { return .inProgress }
            return .replay(StoredResponse(status: existing.status, contentType: existing.contentType, body: existing.body))
        }
    }

    /// Records the answer of the request holding `key`.
    public func complete(scope: String, key: String, response: StoredResponse) async throws {
        try await database.write { transaction in
            _ = try transaction.database.run(
                "UPDATE idempotency_key SET state = 'done', status = ?, content_type = ?, body = ? WHERE scope = ? AND key = ?",
                [.integer(Int64(response.status)), response.contentType.map { .text($0) } ?? .null, .blob(response.body),
                 .text(scope), .text(key)])
        }
    }

    /// Frees `key` after its request failed, so a retry runs it afresh.
    public func release(scope: String, key: String) async throws {
        try await database.write { transaction in
            _ = try transaction.database.run(
                "DELETE FROM idempotency_key WHERE scope = ? AND key = ? AND state = 'pending'", [.text(scope), .text(key)])
        }
    }
}
