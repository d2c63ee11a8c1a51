import Registry

/// A member's say over the mail it receives, run alike by the JSON routes and the pages:
/// declining a kind of mail from the link in one (RFC 8058 one-click, or its page's
/// button), and choosing on the account page which kinds to receive.
struct MailOperations: Sendable {
    /// Declines later mail of the kind of the mail whose unsubscribe token this is.
    let unsubscribe: Operation<String, MailKind>
    /// Sets the kinds of mail the signed-in account declines; answers them.
    let setDeclined: Operation<Set<MailKind>, Set<MailKind>>

    init(outbox: Outbox) {
        unsubscribe = Operation("unsubscribeMail", action: .unsubscribeMail) { _, token in
            try await outbox.unsubscribe(token: token)
        }
        setDeclined = Operation("setMailPreferences", action: .setOwnMailPreferences) { context, kinds in
            try await outbox.setDeclined(kinds, by: AccountID(unchecked: try context.signedIn.accountID))
        }
    }
}
