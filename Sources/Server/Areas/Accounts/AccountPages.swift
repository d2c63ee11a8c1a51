import Registry

/// Signing in and out with forms, and the signed-in account's page. Plain forms (no
/// JavaScript); the sign-out form carries the session's CSRF token like every form a
/// signed-in page shows; a wrong password is said next to the form, in plain words.
enum AccountPages {
    static func routes(node: Node, operations: AccountOperations) -> [Route] {
        let render: PageForm.Render = { context, layout, problem in
            try await AccountPage(node: node, context: context, layout: layout).render(problem: problem)
        }
        return [
            PageRoutes.page("/login", operationID: "loginPage",
                            summary: "The sign-in form; `next` names the page to return to") { context, layout in
                form(layout, email: "", next: returnPath((try? QueryParameters(context.request))?["next"]), problem: nil)
            },
            Route(.post, "/login", operationID: "loginFormSubmit", summary: "Sign in from the form; on success go to the account page",
                  tag: "pages", action: .logIn, access: .anyone, bodyLimit: 4 * 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html", success: .seeOther,
                                                    errors: [.unauthorized, .forbidden, .tooManyRequests, .serviceUnavailable])) {
                context in
                let layout = PageLayout(context, path: "/login")
                let fields = FormBody.fields(of: context.request)
                let email = fields["email"] ?? ""
                let next = returnPath(fields["next"])
                guard !context.request.comesFromAnotherSite else {
                    return layout.response(form(layout, email: email, next: next, problem: layout.language(.loginFromAnotherSite)),
                                           status: .forbidden,
                                           switched: false)
                }
                do {
                    let session = try await node.accounts.login(email: email, password: fields["password"] ?? "",
                                                                address: context.request.remoteAddress)
                    var response = HTTPResponse(status: .seeOther)
                    response.headers.set("Location", next ?? "/account")
                    SessionCookie.set(session, on: &response, for: context.request)
                    return response
                } catch let error as LoginError {
                    let problem: Phrase = error == .invalidCredentials ? .wrongLogin : .tooManyLogins
                    return layout.response(form(layout, email: email, next: next, problem: layout.language(problem)),
                                           status: error == .invalidCredentials ? .unauthorized : .tooManyRequests, switched: false)
                }
            },
            PageRoutes.page("/account", operationID: "accountPage",
                            summary: "The signed-in account: roles, member keys, API tokens, sign out") { context, layout in
                guard context.actor != nil else { return form(layout, email: "", next: nil, problem: nil) }
                return try await AccountPage(node: node, context: context, layout: layout).render(problem: nil)
            },
            Route(.post, "/account/tokens", operationID: "createAPITokenFormSubmit",
                  summary: "Create an API token from the form; the answer shows its secret this once",
                  tag: "pages", action: .createAPIToken, access: .signedIn, bodyLimit: 4 * 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html", success: .created)) { context in
                let layout = PageLayout(context, path: "/account")
                let page = AccountPage(node: node, context: context, layout: layout)
                do {
                    let created = try await node.accounts.createAPIToken(account: AccountID(unchecked: try context.signedIn.accountID),
                                                                         name: FormBody.fields(of: context.request)["name"] ?? "")
                    return layout.response(page.secret(created), status: .created, switched: false)
                } catch let error as ProblemConvertible {
                    return layout.response(try await page.render(problem: error.problem.detail),
                                           status: HTTPStatus(code: error.problem.status), switched: false)
                }
            },
            PageForm.route("/account/tokens/{token_id}/revoke", operationID: "revokeAPITokenFormSubmit",
                           summary: "Revoke one of the signed-in account's API tokens", running: operations.revokeToken, render: render,
                           input: { context, _ in try await AccountOperations.token(context, in: node.accounts) },
                           then: { _, _ in "/account" }),
            PageForm.route("/account/keys", operationID: "addCustodialKeyFormSubmit",
                           summary: "Create a signing key the node holds for the signed-in member", running: operations.addKey,
                           render: render, input: { context, _ in .init(member: try await context.callerMember(node.members), kind: .custodial) },
                           then: { _, _ in "/account" }),
            Route(.post, "/logout", operationID: "logoutFormSubmit", summary: "Sign out from the form (CSRF token in the form)",
                  tag: "pages", action: .logOut, access: .signedIn, bodyLimit: 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html", success: .seeOther)) { context in
                var response = HTTPResponse(status: .seeOther)
                response.headers.set("Location", "/")
                try await SessionCookie.end(context.request, accounts: node.accounts, on: &response)
                return response
            },
        ]
    }

    /// A page of this site to return to after signing in: a local path, never another
    /// site (`//host`) nor a scheme, so the form cannot be used to send a reader elsewhere.
    static func returnPath(_ text: String?) -> String? {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\"),
              text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F }) else { return nil }
        return text
    }

    static func form(_ layout: PageLayout, email: String, next: String?, problem: String?) -> HTML {
        let language = layout.language
        var emailField: [(String, String)] = [("id", "email"), ("name", "email"), ("type", "email"), ("autocomplete", "username"),
                                              ("required", "required"), ("value", email)]
        if problem != nil { emailField += [("aria-invalid", "true"), ("aria-describedby", "login-error")] }
        return layout.page(title: "\(language(.logIn)) — Glocal", body: [
            .tag("h1", [], .text(language(.logIn))),
            .tag("form", [("method", "post"), ("action", "/login")], children: [
                problem.map { .tag("p", [("id", "login-error"), ("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                next.map { .tag("input", [("type", "hidden"), ("name", "next"), ("value", $0)]) } ?? .group([]),
                .tag("label", [("for", "email")], .text(language(.email))),
                .tag("input", emailField),
                .tag("label", [("for", "password")], .text(language(.password))),
                .tag("input", [("id", "password"), ("name", "password"), ("type", "password"), ("autocomplete", "current-password"),
                               ("required", "required")]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.logIn)))),
            ]),
            .tag("p", [], .tag("a", [("href", "/forgot-password")], .text(language(.forgotPassword)))),
            .tag("p", [], .tag("a", [("href", "/signup")], .text(language(.createAccount)))),
        ])
    }
}
