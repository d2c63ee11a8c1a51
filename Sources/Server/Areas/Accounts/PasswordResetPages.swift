import Registry

/// A forgotten password, in the browser: the reader gives the account's address
/// (`/forgot-password`) and gets a link by mail; the link opens `/reset-password`, where a
/// new password is set and every session of the account ends. Each form runs the operation
/// of its JSON twin (`POST /api/v1/password-reset-requests`, `POST /api/v1/password-resets`).
enum PasswordResetPages {
    static func routes(operations: AccountOperations) -> [Route] {
        let askForm: PageForm.Render = { context, layout, problem in ask(context, layout, problem: problem) }
        let resetForm: PageForm.Render = { context, layout, problem in
            reset(context, layout, token: FormBody.fields(of: context.request)["token"] ?? "", problem: problem)
        }
        return [
            PageRoutes.page("/forgot-password", operationID: "forgotPasswordPage",
                            summary: "A forgotten password: the account's address, to mail a link that sets a new one") { context, layout in
                ask(context, layout, problem: nil)
            },
            PageForm.route("/forgot-password", operationID: "askPasswordResetFormSubmit",
                           summary: "Ask for the link from the form; then the same page, saying what was done",
                           running: operations.askPasswordReset, access: .anyone, render: askForm,
                           input: { _, fields in fields["email"] ?? "" }, then: { _, _ in "/forgot-password" }),
            PageRoutes.page("/reset-password", operationID: "resetPasswordPage",
                            summary: "The link mailed to reset a password: a form for the new one") { context, layout in
                reset(context, layout, token: (try? QueryParameters(context.request))?["token"] ?? "", problem: nil)
            },
            PageForm.route("/reset-password", operationID: "resetPasswordFormSubmit",
                           summary: "Set the new password from the form; then the sign-in page",
                           running: operations.resetPassword, access: .anyone, render: resetForm,
                           input: { _, fields in .init(token: fields["token"] ?? "", password: fields["password"] ?? "") },
                           then: { _, _ in "/login" }),
        ]
    }

    private static func ask(_ context: RequestContext, _ layout: PageLayout, problem: String?) -> HTML {
        let language = layout.language
        return layout.page(title: "\(language(.forgotPassword)) — Glocal", body: [
            .tag("h1", [], .text(language(.forgotPassword))),
            .tag("form", [("method", "post"), ("action", "/forgot-password")], children: PageForm.csrfField(context) + [
                problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("p", [], .text(language(.forgotPasswordLead))),
                .tag("label", [("for", "reset-email")], .text(language(.email))),
                .tag("input", [("id", "reset-email"), ("name", "email"), ("type", "email"), ("autocomplete", "email"),
                               ("required", "required")]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.sendResetLink)))),
            ]),
            .tag("p", [], .tag("a", [("href", "/login")], .text(language(.logIn)))),
        ])
    }

    private static func reset(_ context: RequestContext, _ layout: PageLayout, token: String, problem: String?) -> HTML {
        let language = layout.language
        return layout.page(title: "\(language(.newPassword)) — Glocal", body: [
            .tag("h1", [], .text(language(.newPassword))),
            .tag("form", [("method", "post"), ("action", "/reset-password")], children: PageForm.csrfField(context) + [
                problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("p", [], .text(language(.newPasswordLead))),
                .tag("input", [("type", "hidden"), ("name", "token"), ("value", token)]),
                .tag("label", [("for", "reset-password")], .text(language(.newPassword))),
                .tag("input", [("id", "reset-password"), ("name", "password"), ("type", "password"), ("autocomplete", "new-password"),
                               ("minlength", "12"), ("required", "required"), ("aria-describedby", "reset-password-hint")]),
                .tag("p", [("id", "reset-password-hint"), ("class", "muted")], .text(language(.passwordHint))),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveNewPassword)))),
            ]),
            .tag("p", [], .tag("a", [("href", "/forgot-password")], .text(language(.askNewLink)))),
        ])
    }
}
