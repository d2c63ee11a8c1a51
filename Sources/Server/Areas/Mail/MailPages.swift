import Registry

/// The administrators' view of the node's mail (`/admin/mail`): the latest mail of the
/// outbox, to whom, about what, and how delivery went — where to look when someone says
/// no link arrived, and, without a mail server, the way to see what would have been sent.
enum MailPages {
    static let path = "/admin/mail"

    static func routes(node: Node, operations: MailOperations) -> [Route] {
        let unsubscribeForm: PageForm.Render = { context, layout, problem in
            unsubscribe(context, layout, token: FormBody.fields(of: context.request)["token"] ?? "", problem: problem)
        }
        let accountForm: PageForm.Render = { context, layout, problem in
            try await AccountPage(node: node, context: context, layout: layout).render(problem: problem)
        }
        return [
            PageRoutes.page("/unsubscribe", operationID: "unsubscribePage",
                            summary: "The unsubscribe link of a mail: a button that declines later mail of its kind") { context, layout in
                unsubscribe(context, layout, token: (try? QueryParameters(context.request))?["token"] ?? "", problem: nil)
            },
            PageForm.route("/unsubscribe", operationID: "unsubscribeFormSubmit",
                           summary: "Decline later mail of the kind of the mail whose link this is; then the home page",
                           running: operations.unsubscribe, access: .anyone, render: unsubscribeForm,
                           input: { _, fields in fields["token"] ?? "" }, then: { _, _ in "/" }),
            PageForm.route("/account/mail", operationID: "mailPreferencesFormSubmit",
                           summary: "Choose on the account page which kinds of mail to receive",
                           running: operations.setPreferences, render: accountForm,
                           input: { _, fields in
                               (declined: Set(MailKind.optional.filter { fields["receive_\($0.rawValue)"] == nil }),
                                language: try PageFields.value(fields["mail_language"], field: "language", as: MailLanguage?.self))
                           },
                           then: { _, _ in "/account#mail" }),
            PageRoutes.page(path, operationID: "mailOutboxPage", summary: "The node's latest mail and how its delivery went",
                            action: .readMailOutbox, access: .roles([.admin])) { _, layout in
                page(try await node.outbox.recent(), layout: layout)
            },
        ]
    }

    /// The page an unsubscribe link opens: opening it changes nothing (mail scanners follow
    /// links); the button declines. Mail providers POST to the API's one-click address instead.
    private static func unsubscribe(_ context: RequestContext, _ layout: PageLayout, token: String, problem: String?) -> HTML {
        let language = layout.language
        return layout.page(title: "\(language(.unsubscribe)) — Glocal", body: [
            .tag("h1", [], .text(language(.unsubscribe))),
            .tag("form", [("method", "post"), ("action", "/unsubscribe")], children: PageForm.csrfField(context) + [
                problem.map { .tag("p", [("class", "error"), ("role", "alert")], .text($0)) } ?? .group([]),
                .tag("p", [], .text(language(.unsubscribeLead))),
                .tag("input", [("type", "hidden"), ("name", "token"), ("value", token)]),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.unsubscribeButton)))),
            ]),
        ])
    }

    /// The account page's section where a member chooses which mail to receive.
    static func preferences(_ chosen: MailPreferences, context: RequestContext, language: Language) -> [HTML] {
        [
            .tag("h2", [("id", "mail")], .text(language(.mailPreferences))),
            .tag("form", [("method", "post"), ("action", "/account/mail")], children: PageForm.csrfField(context) + [
                .tag("fieldset", [], children: [.tag("legend", [], .text(language(.mailPreferencesLead)))] + MailKind.optional.map { kind in
                    .tag("p", [("class", "choice")],
                         .tag("input", [("type", "checkbox"), ("id", "receive-\(kind.rawValue)"), ("name", "receive_\(kind.rawValue)"),
                                        ("value", "on")] + (chosen.declined.contains(kind) ? [] : [("checked", "checked")])),
                         .tag("label", [("for", "receive-\(kind.rawValue)"), ("class", "inline")], .text(language(kindPhrase(kind)))))
                }),
                .tag("label", [("for", "mail-language")], .text(language(.mailLanguage))),
                .tag("select", [("id", "mail-language"), ("name", "mail_language")], children: [
                    (MailLanguage.russian, "Русский"), (.english, "English"),
                ].map { choice, words in
                    .tag("option", [("value", choice.rawValue)] + (chosen.language == choice ? [("selected", "selected")] : []), .text(words))
                }),
                .tag("p", [], .tag("button", [("type", "submit")], .text(language(.saveChoice)))),
            ]),
        ]
    }

    private static func page(_ mail: [OutgoingMail], layout: PageLayout) -> HTML {
        let language = layout.language
        let format = PageFormat(language: language)
        let rows: [HTML] = mail.map { mail in
            .tag("tr", [], children: [
                .tag("td", [], .text(format.moment(mail.createdAt))),
                .tag("td", [], .text(mail.recipient?.rawValue ?? language(.erasedAccount))),
                .tag("td", [], .text(language(kindPhrase(mail.kind)))),
                .tag("td", [], .text(mail.sentAt.map { "\(language(.mailSent)) \(format.moment($0))" } ?? language(.mailWaiting))),
                .tag("td", [], .text(format.integer(Int64(mail.attempts)))),
                .tag("td", [], .text(mail.lastError ?? "—")),
            ])
        }
        return layout.page(title: "\(language(.mailOutbox)) — Glocal", body: [
            layout.breadcrumbs([(language(.account), "/account")], here: language(.mailOutbox)),
            .tag("h1", [], .text(language(.mailOutbox))),
            .tag("p", [("class", "muted")], .text(language(.mailOutboxLead))),
            mail.isEmpty ? .tag("p", [("class", "muted")], .text(language(.noneYet))) : .tag("table", [], .tag("thead", [], .tag("tr", [], children: [
                    .tag("th", [("scope", "col")], .text(language(.date))), .tag("th", [("scope", "col")], .text(language(.recipient))),
                    .tag("th", [("scope", "col")], .text(language(.mailKind))), .tag("th", [("scope", "col")], .text(language(.status))),
                    .tag("th", [("scope", "col")], .text(language(.attempts))), .tag("th", [("scope", "col")], .text(language(.lastError))),
                ])), .tag("tbody", [], children: rows)),
        ])
    }

    static func kindPhrase(_ kind: MailKind) -> Phrase {
        switch kind {
        case .emailConfirmation: .mailEmailConfirmation
        case .passwordReset: .mailPasswordReset
        case .membershipAdmitted: .mailMembershipAdmitted
        case .membershipRefused: .mailMembershipRefused
        case .contractToSign: .mailContractToSign
        }
    }
}
