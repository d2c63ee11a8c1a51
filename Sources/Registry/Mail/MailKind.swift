/// What a mail tells its reader. The server words each kind in both languages; the
/// outbox keeps only the kind and its parameters.
public enum MailKind: String, Sendable, CaseIterable, Codable {
    /// The kinds a member may choose not to receive: every one but the confirmation of an
    /// address, which the member asked for by signing up.
    public static let optional: [MailKind] = allCases.filter { $0 != .emailConfirmation }

    /// A new account's address is confirmed by the link in it (parameter `token`).
    case emailConfirmation = "email_confirmation"
    /// The member's application was admitted.
    case membershipAdmitted = "membership_admitted"
    /// The member's application was refused (parameter `reason`).
    case membershipRefused = "membership_refused"
    /// A contract waits for the member's signature, for itself or a party it acts for (parameter `contract_id`).
    case contractToSign = "contract_to_sign"
}
