import Ledger

/// One mail of the outbox as the sender and the administrators' list see it: to whom
/// (the account, and its address as of now), what it tells, and how its delivery went.
public struct OutgoingMail: Sendable, Equatable {
    public let id: MailID
    public let accountID: AccountID
    /// The account's address now; nil once the account is erased.
    public let recipient: EmailAddress?
    /// The language the account reads its mail in.
    public let language: MailLanguage
    public let kind: MailKind
    /// What the mail's words need (a link's token, a refusal's reason); emptied once sent.
    public let parameters: [String: String]
    public let createdAt: LedgerTime
    public let attempts: Int
    public let nextAttemptAt: LedgerTime
    public let sentAt: LedgerTime?
    /// Why the last attempt failed, in the transport's words.
    public let lastError: String?
}
