import Registry

/// How every form on a page is answered: the form's fields become the input of the
/// operation its JSON route runs; on success the reader is sent back to the page (303, so a reload does not post again); a refusal
/// re-renders the page with the refusal's words beside the forms and the refusal's status
/// (a failure of the server itself stays a 500 problem).
enum PageForm {
    typealias Render = @Sendable (RequestContext, PageLayout, _ problem: String?) async throws -> HTML

    /// A form that runs `operation`, the same one its JSON route runs: `inputs` reads the
    /// fields into one input per act (a judge's form saves one mark per criterion), and
    /// `then` answers where to send the reader once they are all done.
    static func route<Input, Output>(_ path: String, operationID: String, summary: String, running operation: Operation<Input, Output>,
                                     access: Access = .signedIn, render: @escaping Render,
                                     inputs: @escaping @Sendable (RequestContext, [String: String]) async throws -> [Input],
                                     then location: @escaping @Sendable (RequestContext, [Output]) async throws -> String) -> Route {
        acting(path, operationID: operationID, summary: summary, action: operation.action, access: access,
               operation: operation.summary, render: render) { context, fields in
            try await location(context, try await operation.run(context, each: try await inputs(context, fields)))
        }
    }

    /// A form that runs `operation` once with the input `input` reads from its fields.
    static func route<Input, Output>(_ path: String, operationID: String, summary: String, running operation: Operation<Input, Output>,
                                     access: Access = .signedIn, render: @escaping Render,
                                     input: @escaping @Sendable (RequestContext, [String: String]) async throws -> Input,
                                     then location: @escaping @Sendable (RequestContext, Output) async throws -> String) -> Route {
        route(path, operationID: operationID, summary: summary, running: operation, access: access, render: render,
              inputs: { context, fields in [try await input(context, fields)] },
              then: { context, outputs in try await location(context, outputs[0]) })
    }

    private static func acting(_ path: String, operationID: String, summary: String, action: Action, access: Access,
                               operation: OperationSummary?, render: @escaping Render,
                               act: @escaping @Sendable (RequestContext, [String: String]) async throws -> String) -> Route {
        answer(path, operationID: operationID, summary: summary, action: action, access: access, operation: operation,
               success: .seeOther) { context, layout, fields in
            let location: String
            do {
                location = try await act(context, fields)
            } catch {
                let (problem, _) = ProblemMapping.problem(for: error, requestID: context.requestID)
                guard problem.status < 500 else { throw error }
                let refusal = FormRefusal(error, problem: problem, action: String(context.request.path), typed: fields,
                                          language: layout.language)
                let page = try await render(context, layout, Self.refusal(problem, saying: refusal.message, in: layout.language))
                return layout.response(refusal.applied(to: page), status: HTTPStatus(code: problem.status), switched: false)
            }
            var response = HTTPResponse(status: .seeOther)
            response.headers.set("Location", Done.location(location, after: operationID))
            return response
        }
    }

    /// A form that runs `operation` and is answered by a page of its own, such as the report
    /// of an import, rather than by a way back.
    static func answer<Input, Output>(_ path: String, operationID: String, summary: String, running operation: Operation<Input, Output>,
                                      access: Access, bodyLimit: Int, success: HTTPStatus,
                                      input: @escaping @Sendable (RequestContext, [String: String]) async throws -> Input,
                                      respond: @escaping @Sendable (RequestContext, PageLayout, [String: String], Output) async throws
                                          -> HTTPResponse) -> Route {
        answer(path, operationID: operationID, summary: summary, action: operation.action, access: access, operation: operation.summary,
               bodyLimit: bodyLimit, success: success) { context, layout, fields in
            try await respond(context, layout, fields, try await operation.run(context, try await input(context, fields)))
        }
    }

    private static func answer(_ path: String, operationID: String, summary: String, action: Action, access: Access,
                       operation: OperationSummary? = nil, bodyLimit: Int = 64 * 1024, success: HTTPStatus,
                       respond: @escaping @Sendable (RequestContext, PageLayout, [String: String]) async throws -> HTTPResponse) -> Route {
        Route(.post, path, operationID: operationID, summary: summary, tag: "pages", action: action, access: access,
              bodyLimit: bodyLimit,
              documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded", responseContentType: "text/html",
                                                success: success), operation: operation) { context in
            let layout = PageLayout(context)
            return try await respond(context, layout, FormBody.fields(of: context.request))
        }
    }

    /// What a reader is told beside the form: a plain sentence in the page's language on
    /// what kind of refusal it is, then the registry's own words on what exactly to change.
    static func refusal(_ problem: ProblemDetails, saying words: String? = nil, in language: Language) -> String {
        let lead: Phrase = switch problem.status {
        case 401, 403: .refusedForbidden
        case 404: .refusedNotFound
        case 409: .refusedConflict
        case 429: .refusedTooFast
        default: .refusedInput
        }
        let said = words ?? problem.detail
        return "\(language(lead)) \(said.prefix(1).uppercased())\(said.dropFirst())"
    }

    /// The hidden field carrying the session's CSRF token, for forms shown to a signed-in reader.
    static func csrfField(_ context: RequestContext) -> [HTML] {
        guard case let .session(token)? = context.actor?.credential else { return [] }
        if SharedRender.isActive { return [.constant(SharedRender.csrfMarker)] }
        return [.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", token)])]
    }
}
