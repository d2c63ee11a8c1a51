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

    /// The same, for a form whose result decides where the reader goes next (the receipt
    /// of a deposit just made): `act` answers the page to send the reader to.
    static func route(_ path: String, operationID: String, summary: String, action: Action, access: Access = .signedIn,
                      render: @escaping Render,
                      act: @escaping @Sendable (RequestContext, [String: String]) async throws -> String) -> Route {
        Route(.post, path, operationID: operationID, summary: summary, tag: "pages", action: action, access: access,
              bodyLimit: 64 * 1024,
              documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded", responseContentType: "text/html",
                                                success: .seeOther)) { context in
            let layout = PageLayout(language: Language(context.request), path: String(context.request.path))
            let location: String
            do {
                location = try await act(context, FormBody.fields(of: context.request))
            } catch let error as ProblemConvertible {
                let page = try await render(context, layout, error.problem.detail)
                return layout.response(page, status: HTTPStatus(code: error.problem.status), switched: false)
            }
            var response = HTTPResponse(status: .seeOther)
            response.headers.set("Location", location)
            return response
        }
    }

    /// The hidden field carrying the session's CSRF token, for forms shown to a signed-in reader.
    static func csrfField(_ context: RequestContext) -> [HTML] {
        guard case let .session(token)? = context.actor?.credential else { return [] }
        return [.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", token)])]
    }
}
