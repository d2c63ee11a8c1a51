import Ledger

/// The `Idempotency-Key` a request holds while it runs. Every registry write the request
/// makes records, in that write's own transaction, that the key's request took effect;
/// and when the request's answer can be rendered from the write's result, the answer is
/// stored in that same transaction. A crash can then never leave a key whose write is
/// on disk but whose retry would write again, or whose answer is unknown.
public struct KeyedWrite: Sendable {
    /// The key the running request holds, if it holds one.
    @TaskLocal public static var current: KeyedWrite?

    /// Renders the request's answer from a write's result, or nil when the result is not
    /// the one the request answers with.
    public typealias Answer = @Sendable (any Sendable) -> IdempotencyStore.StoredResponse?

    let scope: String
    let key: String
    let answer: Answer?

    /// The same key, answering with `answer` from the results of the writes to come.
    public func answering(with answer: @escaping Answer) -> KeyedWrite {
        KeyedWrite(scope: scope, key: key, answer: answer)
    }

    /// Records, inside the write's transaction, that the request took effect, and its
    /// answer when `result` renders one.
    func settle(_ database: SQLiteConnection, after result: any Sendable) throws {
        if let response = answer?(result) {
            try IdempotencyStore.keep(response, scope: scope, key: key, in: database)
        } else {
            _ = try database.run(
                "UPDATE idempotency_key SET state = 'committed' WHERE scope = ? AND key = ? AND state = 'pending'",
                [.text(scope), .text(key)])
        }
    }
}
