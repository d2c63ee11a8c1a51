/// Why an account operation was refused. Input errors name the field at fault so the
/// server can point at it; `description` is one line a person can act on.
public enum AccountsError: Error, Equatable, Sendable, CustomStringConvertible {
    case invalidEmail(reason: String)
    case passwordTooShort(minimumCharacters: Int)
    case passwordTooLong(maximumBytes: Int)
    case invalidDisplayName(reason: String)
    case invalidTokenName(reason: String)
    /// Another account already uses this (normalised) address.
    case emailTaken
    case unknownAccount(AccountID)
    case unknownAPIToken(APITokenID)
    /// Revoking this role would leave the node without any administrator.
    case lastAdmin(AccountID)
    /// An email confirmation link that is unknown, already used or expired.
    case confirmationLinkInvalid
    /// A password reset link that is unknown, already used or expired.
    case resetLinkInvalid
    /// An unsubscribe link that belongs to no mail the node keeps.
    case unsubscribeLinkInvalid
    /// A kind of mail that cannot be declined (the confirmation of an address), or no kind at all.
    case mailKindNotOptional(String)

    /// The input field the error is about, for forms and problem+json; nil when it is
    /// about the state of the registry rather than one field.
    public var field: String? {
        switch self {
        case .invalidEmail, .emailTaken: return "email"
        case .passwordTooShort, .passwordTooLong: return "password"
        case .invalidDisplayName: return "display_name"
        case .invalidTokenName: return "name"
        case .unknownAccount, .unknownAPIToken, .lastAdmin, .confirmationLinkInvalid, .resetLinkInvalid, .unsubscribeLinkInvalid: return nil
        case .mailKindNotOptional: return "declined"
        }
    }

    public var description: String {
        switch self {
        case let .invalidEmail(reason):
            return "email: \(reason)"
        case let .passwordTooShort(minimum):
            return "password: must be at least \(minimum) characters"
        case let .passwordTooLong(maximum):
            return "password: must be at most \(maximum) bytes"
        case let .invalidDisplayName(reason):
            return "display_name: \(reason)"
        case let .invalidTokenName(reason):
            return "name: \(reason)"
        case .emailTaken:
            return "email: another account already uses this address"
        case let .unknownAccount(id):
            return "no account \(id)"
        case let .unknownAPIToken(id):
            return "no API token \(id) for this account"
        case let .lastAdmin(id):
            return "account \(id) is the last admin; grant admin to another account first"
        case .confirmationLinkInvalid:
            return "this confirmation link is unknown, already used or expired"
        case .resetLinkInvalid:
            return "this password reset link is unknown, already used or expired"
        case .unsubscribeLinkInvalid:
            return "this unsubscribe link belongs to no mail of this node"
        case let .mailKindNotOptional(kind):
            return "declined: '\(kind)' is not a kind of mail one may decline"
        }
    }
}
