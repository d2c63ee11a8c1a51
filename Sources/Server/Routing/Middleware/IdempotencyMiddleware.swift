import Ledger
import Registry

/// Makes POSTs that create things safe to retry: with an `Idempotency-Key`, the first
/// answer is stored and replayed for the same key and request; the same key with another
/// request is refused (422); a retry while the first still runs gets 409. A request that
/// fails before writing anything frees its key. Keys are per account.
///
/// While the request runs it holds its key as `KeyedWrite.current`, so each of its
/// registry writes records the key's outcome (and, where the route renders its answer
/// from the write's result through `IdempotentAnswer`, the answer) in the write's own
/// transaction. After a crash, a retry of a request that never took effect runs, and
/// one that did gets its answer.
public struct IdempotencyMiddleware: Middleware {
    public static let headerName = "Idempotency-Key"
    let store: IdempotencyStore
    let metrics: ServerMetrics

    public init(store: IdempotencyStore, metrics: ServerMetrics) {
        self.store = store
        self.metrics = metrics
    }

    /// Only routes that create something remember their answers.
    public func applies(to route: Route) -> Bool {
        route.isIdempotentCreate
    }

    public func handle(_ context: RequestContext, next: Route.Handler) async throws -> HTTPResponse {
        guard context.route.isIdempotentCreate, let key = context.request.headers[Self.headerName],
              let actor = context.actor else {
            return try await next(context)
        }
        guard (1...255).contains(key.utf8.count), key.utf8.allSatisfy({ $0 >= 0x21 && $0 <= 0x7E }) else {
            throw APIError.invalidIdempotencyKey
        }
        let scope = actor.accountID
        switch try await store.claim(scope: scope, key: key, requestHash: requestHash(context.request)) {
        case let .replay(stored):
            var response = HTTPResponse(status: HTTPStatus(code: stored.status), body: .bytes(stored.body))
            if let type = stored.contentType { response.headers.set("Content-Type", type) }
            response.headers.set("Idempotent-Replayed", "true")
            return response
        case .inProgress:
            throw APIError.idempotencyKeyInProgress
        case .answerLost:
            throw APIError.idempotencyKeyAnswerLost
        case .mismatch:
            throw APIError.idempotencyKeyReused
        case .fresh:
            break
        }
        let keyed = store.keyedWrite(scope: scope, key: key)
        let response: HTTPResponse
        do {
            response = try await KeyedWrite.$current.withValue(keyed) { try await next(context) }
        } catch {
            // Kept as the answer if the request wrote something first, so a retry
            // cannot write it again; the error itself goes on to be answered as usual.
            try await keep(ProblemMapping.response(for: error, requestID: context.requestID), scope: scope, key: key, context)
            throw error
        }
        try await keep(response, scope: scope, key: key, context)
        return response
    }

    private func keep(_ response: HTTPResponse, scope: String, key: String, _ context: RequestContext) async throws {
        let succeeded = (200..<300).contains(response.status.code)
        let kept = try await store.finish(scope: scope, key: key, response: IdempotencyStore.StoredResponse(
            status: response.status.code, contentType: response.headers["Content-Type"], body: response.bodyBytes),
            succeeded: succeeded)
        switch kept {
        case .storedWithWrite: metrics.recordIdempotentAnswer(route: context.route.label, storedWithWrite: true)
        case .storedAfterWrite where succeeded: metrics.recordIdempotentAnswer(route: context.route.label, storedWithWrite: false)
        default: break
        }
    }

    /// The query is part of the request: a dry run (`?dry_run=true`) and the real
    /// import of the same file must not share a key.
    private func requestHash(_ request: HTTPRequest) -> [UInt8] {
        var bytes = Array("\(request.method.rawValue) \(request.path)?\(request.queryString ?? "")\n".utf8)
        bytes.append(contentsOf: request.body)
        return SHA256.hash(bytes).bytes
    }
}
