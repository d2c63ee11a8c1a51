import Registry

/// A member's say over the mail it receives, run alike by the JSON routes and the pages:
/// declining a kind of mail from the link in one (RFC 8058 one-click, or its page's
/// button), and choosing on the account page which kinds to receive and in which language.
struct MailOperations: Sendable {
    /// Declines later mail of the kind of the mail whose unsubscribe token this is.
    let unsubscribe: Operation<String, MailKind>
    /// Sets the kinds of mail the signed-in account declines and, if given, the language
    /// it reads; answers its preferences.
    let setPreferences: Operation<(declined: Set<MailKind>, language: MailLanguage?), MailPreferences>

    init(outbox: Outbox) {
        unsubscribe = Operation("unsubscribeMail", action: .unsubscribeMail) { _, token in
            try await outbox.unsubscribe(token: token)
        }
        setPreferences = Operation("setMailPreferences", action: .setOwnMailPreferences) { context, choice in
            try await outbox.setPreferences(declined: choice.declined, language: choice.language,
                                            of: AccountID(unchecked: try context.signedIn.accountID))
        }
    }
}
