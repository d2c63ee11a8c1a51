import Registry

/// The administrators' view of the node's mail (`/admin/mail`): the latest mail of the
/// outbox, to whom, about what, and how delivery went — where to look when someone says
/// no link arrived, and, without a mail server, the way to see what would have been sent.
enum MailPages {
    static let path = "/admin/mail"

    static func routes(outbox: Outbox) -> [Route] {
        [
            PageRoutes.page(path, operationID: "mailOutboxPage", summary: "The node's latest mail and how its delivery went",
                            action: .readMailOutbox, access: .roles([.admin])) { _, layout in
                try await page(try await outbox.recent(), layout: layout)
            },
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

    private static func kindPhrase(_ kind: MailKind) -> Phrase {
        switch kind {
        case .emailConfirmation: .mailEmailConfirmation
        case .membershipAdmitted: .mailMembershipAdmitted
        case .membershipRefused: .mailMembershipRefused
        case .contractToSign: .mailContractToSign
        }
    }
}
