import Ledger
import Registry

/// Signing in and out with forms, and the signed-in account's page. Plain forms (no
/// JavaScript); the sign-out form carries the session's CSRF token like every form a
/// signed-in page shows; a wrong password is said next to the form, in plain words.
enum AccountPages {
    static func routes(node: Node) -> [Route] {
        [
            PageRoutes.page("/login", operationID: "loginPage", summary: "The sign-in form") { _, layout in
                form(layout, email: "", problem: nil)
            },
            Route(.post, "/login", operationID: "loginFormSubmit", summary: "Sign in from the form; on success go to the account page",
                  tag: "pages", action: .logIn, access: .anyone, bodyLimit: 4 * 1024,
                  documentation: RouteDocumentation(requestContentType: "application/x-www-form-urlencoded",
                                                    responseContentType: "text/html", success: .seeOther)) { context in
                let layout = PageLayout(language: Language(context.request), path: "/login")
                let fields = FormBody.fields(of: context.request)
                let email = fields["email"] ?? ""
                do {
                    let session = try await node.accounts.login(email: email, password: fields["password"] ?? "",
                                                                address: context.request.remoteAddress)
                    var response = HTTPResponse(status: .seeOther)
                    response.headers.set("Location", "/account")
                    SessionCookie.set(session, on: &response, for: context.request)
                    return response
                } catch let error as LoginError {
                    let problem: Phrase = error == .invalidCredentials ? .wrongLogin : .tooManyLogins
                    return layout.response(form(layout, email: email, problem: layout.language(problem)),
                                           status: error == .invalidCredentials ? .unauthorized : .tooManyRequests, switched: false)
                }
            },
            PageRoutes.page("/account", operationID: "accountPage", summary: "The signed-in account: roles, member keys, sign out") {
                context, layout in
                guard let actor = context.actor, let account = try await node.accounts.account(id: AccountID(unchecked: actor.accountID)) else {
                    return form(layout, email: "", problem: nil)
                }
                let language = layout.language
                let member = try await node.members.member(account: account.id)
                let keys: [MemberKey] = if let member { await node.memberKeys.keys(of: member.id) } else { [] }
                let csrf = PageForm.csrfField(context)
                return layout.page(title: "\(language(.account)) — Glocal", body: [
                    .tag("h1", [], .text(language(.account))),
                    .tag("p", [], .text("\(language(.signedInAs)) \(account.email.rawValue)")),
                    .tag("p", [], .text("\(language(.roles)): \(account.roles.map(\.rawValue).sorted().joined(separator: ", "))")),
                    account.roles.contains(.unionStaff)
                        ? .tag("p", [], .tag("a", [("href", "/staff/projects")], .text(language(.staffProjects)))) : .group([]),
                    .tag("h2", [], .text(language(.signingKeys))),
                    keys.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet)))
                        : .tag("ul", [], children: keys.map { .tag("li", [], .tag("code", [], .text($0.keyID.hex))) }),
                    .tag("h2", [], .text(language(.myProjects))),
                    try await myProjects(member, node: node, language: language),
                    .tag("form", [("method", "post"), ("action", "/logout")], children: csrf + [
                        .tag("button", [("type", "submit")], .text(language(.logOut))),
                    ]),
                ])
            },
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

    /// The projects whose team the member is on (ideas it leads, projects it mentors), with its role in each.
    private static func myProjects(_ member: Member?, node: Node, language: Language) async throws -> HTML {
        guard let member else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        let projects = try await node.projects.projects(ProjectFilter(memberID: member.id), matching: nil,
                                                        page: try PageRequest(limit: PageRequest.maximumLimit)).items
        guard !projects.isEmpty else { return .tag("p", [("class", "muted")], .text(language(.noneYet))) }
        return .tag("ul", [], children: projects.map { project in
            let role = project.team.first { $0.memberID == member.id }?.role.rawValue ?? ""
            return .tag("li", [], .tag("a", [("href", "/projects/\(project.id)")], .text(project.title)),
                        .text(" — \(project.stage.rawValue), \(language(.myRole)): \(role)"))
        })
    }

    private static func form(_ layout: PageLayout, email: String, problem: String?) -> HTML {
        let language = layout.language
        var emailField: [(String, String)] = [("id", "email"), ("name", "email"), ("type", "email"), ("autocomplete", "username"),
                                              ("required", "required"), ("value", email)]
        if problem != nil { emailField += [("aria-invalid", "true"), ("aria-describedby", "login-error")] }
        return layout.page(title: "\(language(.logIn)) — Glocal", body: [
            .tag("h1", [], .text(language(.logIn))),
            .tag("form", [("method", "post"), ("action", "/login")], children: [
                problem.map { .tag("p", [("id", "login-error"), ("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("label", [("for", "email")], .text(language(.email))),
                .tag("input", emailField),
                .tag("label", [("for", "password")], .text(language(.password))),
                .tag("input", [("id", "password"), ("name", "password"), ("type", "password"), ("autocomplete", "current-password"),
                               ("required", "required")]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.logIn)))),
            ]),
        ])
    }
}
