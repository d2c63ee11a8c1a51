extension Route {
    /// A JSON route that runs `operation`: `input` reads the request into the operation's
    /// input, `respond` writes its output. The route's operationId and action are the
    /// operation's, so the route table, the policy's gate and the page forms that run the
    /// same operation cannot drift apart. A keyed create stores `respond`'s answer with
    /// the write that carries it out (`IdempotentAnswer`).
    init<Input, Output>(
        _ method: HTTPMethod, _ path: String, running operation: Operation<Input, Output>, summary: String, tag: String,
        access: Access, bodyLimit: Int = 0, idempotentCreate: Bool = false, documentation: RouteDocumentation,
        input: @escaping @Sendable (RequestContext) async throws -> Input,
        respond: @escaping @Sendable (Output) throws -> HTTPResponse
    ) {
        self.init(method, path, operationID: operation.name, summary: summary, tag: tag, action: operation.action, access: access,
                  bodyLimit: bodyLimit, idempotentCreate: idempotentCreate, documentation: documentation,
                  operation: operation.summary) { context in
            let input = try await input(context)
            return try await IdempotentAnswer.respond(with: respond) { try await operation.run(context, input) }
        }
    }
}
