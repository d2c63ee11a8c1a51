/// What a member chose about its mail: the kinds it declines and the language it reads.
public struct MailPreferences: Sendable, Equatable {
    public var declined: Set<MailKind>
    public var language: MailLanguage

    public init(declined: Set<MailKind>, language: MailLanguage) {
        self.declined = declined
        self.language = language
    }
}
