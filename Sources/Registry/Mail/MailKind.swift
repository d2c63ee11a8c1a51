/// What a mail tells its reader. The server words each kind in both languages; the
/// outbox keeps only the kind and its parameters.
public enum MailKind: String, Sendable, CaseIterable, Codable {
    /// The kinds a member may choose not to receive: every one but those the person asked
    /// for (the confirmation of an address by signing up, the reset of a password).
    public static let optional: [MailKind] = allCases.filter { $0 != .emailConfirmation && $0 != .passwordReset }

    /// A new account's address is confirmed by the link in it (parameter `token`).
    case emailConfirmation = "email_confirmation"
    /// A link that sets a new password for the account (parameter `token`), mailed because
    /// someone asked for it with the account's address.
    case passwordReset = "password_reset"
    /// The member's application was admitted.
    case membershipAdmitted = "membership_admitted"
    /// The member's application was refused (parameter `reason`).
    case membershipRefused = "membership_refused"
    /// A contract waits for the member's signature, for itself or a party it acts for (parameter `contract_id`).
    case contractToSign = "contract_to_sign"
}
