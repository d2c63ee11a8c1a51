import Registry

/// Renders a keyed request's answer inside the write that carries it out.
///
/// `act` runs with the request's `KeyedWrite` taught to render: a write whose result is
/// a `Value` stores `respond(result)` as the key's answer in the write's own transaction,
/// so a retry after a crash gets this answer even if the node stopped before sending it.
/// Without a key, it simply acts and responds.
enum IdempotentAnswer {
    static func respond<Value: Sendable>(
        with respond: @escaping @Sendable (Value) throws -> HTTPResponse, to act: () async throws -> Value
    ) async throws -> HTTPResponse {
        guard let keyed = KeyedWrite.current else { return try respond(try await act()) }
        let answering = keyed.answering { result in
            guard let value = result as? Value, let response = try? respond(value) else { return nil }
            return IdempotencyStore.StoredResponse(status: response.status.code, contentType: response.headers["Content-Type"],
                                                   body: response.bodyBytes)
        }
        return try respond(try await KeyedWrite.$current.withValue(answering) { try await act() })
    }
}
