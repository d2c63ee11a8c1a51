import Ledger
import Registry

/// Makes POSTs that create things safe to retry: with an `Idempotency-Key`, the first
/// successful answer is stored and replayed for the same key and request; the same
/// key with another request is refused (422); a retry while the first still runs gets
/// 409. Failed requests free their key. Keys are per account.
public struct IdempotencyMiddleware: Middleware {
    public static let headerName = "Idempotency-Key"
    let store: IdempotencyStore

    public init(store: IdempotencyStore) {
        self.store = store
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
        case .mismatch:
            throw APIError.idempotencyKeyReused
        case .fresh:
            break
        }
        do {
            let response = try await next(context)
            if (200..<300).contains(response.status.code) {
                try await store.complete(scope: scope, key: key, response: IdempotencyStore.StoredResponse(
                    status: response.status.code, contentType: response.headers["Content-Type"], body: response.bodyBytes))
            } else {
                try await store.release(scope: scope, key: key)
            }
            return response
        } catch {
            try await store.release(scope: scope, key: key)
            throw error
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
