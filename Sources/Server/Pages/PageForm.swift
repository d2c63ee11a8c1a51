import Registry

/// How every form on a page is answered: the form's fields go to `act`; on success the
/// reader is sent back to the page (303, so a reload does not post again); a refusal
/// re-renders the page with the refusal's words beside the forms and the refusal's status.
enum PageForm {
    typealias Render = @Sendable (RequestContext, PageLayout, _ problem: String?) async throws -> HTML

    static func route(_ path: String, operationID: String, summary: String, action: Action, access: Access = .signedIn,
                      back: @escaping @Sendable (RequestContext) throws -> String, render: @escaping Render,
                      act: @escaping @Sendable (RequestContext, [String: String]) async throws -> Void) -> Route {
        route(path, operationID: operationID, summary: summary, action: action, access: access, render: render) { context, fields in
            try await act(context, fields)
            return try back(context)
        }
    }

    /// A form whose way on is known only once it has acted, such as the page of the record
    /// it made: `act` answers where to send the reader.
    static func route(_ path: String, operationID: String, summary: String, action: Action, access: Access = .signedIn,
                      render: @escaping Render,
                      actThenGo act: @escaping @Sendable (RequestContext, [String: String]) async throws -> String) -> Route {
        answer(path, operationID: operationID, summary: summary, action: action, access: access, success: .seeOther) { context, layout, fields in
            let location: String
            do {
                location = try await act(context, fields)
            } catch let error as ProblemConvertible {
                let page = try await render(context, layout, error.problem.detail)
                return layout.response(page, status: HTTPStatus(code: error.problem.status), switched: false)
            }
            var response = HTTPResponse(status: .seeOther)
            response.headers.set("Location", location)
            return response
        }
    }

    /// A form answered by a page of its own, such as the report of an import, rather than
    /// by a way back.
    static func answer(_ path: String, operationID: String, summary: String, action: Action, access: Access,
                       bodyLimit: Int = 64 * 1024, success: HTTPStatus,
                       respond: @escaping @Sendable (RequestContext, PageLayout, [String: String]) async throws -> HTTPResponse) -> Route {
        Route(.post, path, operationID: operationID, summary: summary, tag: "pages", action: action, access: access,
              bodyLimit: bodyLimit,
              documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded", responseContentType: "text/html",
                                                success: success)) { context in
            let layout = PageLayout(language: Language(context.request), path: String(context.request.path))
            return try await respond(context, layout, FormBody.fields(of: context.request))
        }
    }

    /// The hidden field carrying the session's CSRF token, for forms shown to a signed-in reader.
    static func csrfField(_ context: RequestContext) -> [HTML] {
        guard case let .session(token)? = context.actor?.credential else { return [] }
        return [.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", token)])]
    }

    /// An amount of roubles as typed (`1 500 000`, `1 234,56`), in kopecks: spaces group
    /// the digits and a comma or point comes before at most two digits of kopecks.
    static func kopecks(roubles text: String?, field: String) throws -> Int64 {
        let typed = (text ?? "").filter { !$0.isWhitespace }
        let parts = typed.split(separator: ",", maxSplits: 1, omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false) }
        let whole = parts.first ?? ""
        let fraction = parts.count > 1 ? parts[1] : ""
        guard parts.count <= 2, !whole.isEmpty, fraction.count <= 2, (whole + fraction).allSatisfy({ $0.isASCII && $0.isNumber }),
              parts.count == 1 || !fraction.isEmpty, let roubles = Int64(whole), roubles <= Int64.max / 100 - 1 else {
            throw RegistryValidationError(field: field, reason: "must be an amount of roubles, such as 1 234,56")
        }
        let kopecks = (Int64(fraction) ?? 0) * (fraction.count == 1 ? 10 : 1)
        guard roubles * 100 + kopecks > 0 else { throw RegistryValidationError(field: field, reason: "must be more than zero") }
        return roubles * 100 + kopecks
    }
}
