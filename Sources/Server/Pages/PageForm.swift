import Registry

/// How every form on a page is answered: the form's fields go to `act`; on success the
/// reader is sent back to the page (303, so a reload does not post again); a refusal
/// (the registry's, or the server's own such as the policy's) re-renders the page with the
/// refusal's words beside the forms and the refusal's status.
enum PageForm {
    typealias Render = @Sendable (RequestContext, PageLayout, _ problem: String?) async throws -> HTML

    static func route(_ path: String, operationID: String, summary: String, action: Action, access: Access = .signedIn,
                      back: @escaping @Sendable (RequestContext) throws -> String, render: @escaping Render,
                      act: @escaping @Sendable (RequestContext, [String: String]) async throws -> Void) -> Route {
        Route(.post, path, operationID: operationID, summary: summary, tag: "pages", action: action, access: access,
              bodyLimit: 64 * 1024,
              documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded", responseContentType: "text/html",
                                                success: .seeOther)) { context in
            let layout = PageLayout(language: Language(context.request), path: String(context.request.path))
            do {
                try await act(context, FormBody.fields(of: context.request))
            } catch let error where error is ProblemConvertible || error is APIError {
                let (problem, _) = ProblemMapping.problem(for: error, requestID: context.requestID)
                let page = try await render(context, layout, problem.detail)
                return layout.response(page, status: HTTPStatus(code: problem.status), switched: false)
            }
            var response = HTTPResponse(status: .seeOther)
            response.headers.set("Location", try back(context))
            return response
        }
    }

    /// The hidden field carrying the session's CSRF token, for forms shown to a signed-in reader.
    static func csrfField(_ context: RequestContext) -> [HTML] {
        guard case let .session(token)? = context.actor?.credential else { return [] }
        return [.tag("input", [("type", "hidden"), ("name", CSRFMiddleware.formField), ("value", token)])]
    }
}
