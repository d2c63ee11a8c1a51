import Registry

/// How the Registry's account errors read as problems: field errors are validation
/// problems pointing at the field; the rest have their own types.
extension AccountsError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .emailTaken:
            return ProblemDetails(.conflict, detail: "Another account already uses this email address.")
        case .lastAdmin:
            return ProblemDetails(.conflict, detail: "This is the last admin account; grant admin to another account first.")
        case .unknownAccount:
            return ProblemDetails(.notFound, detail: "No such account.")
        case .unknownAPIToken:
            return ProblemDetails(.notFound, detail: "No such API token.")
        case .confirmationLinkInvalid:
            return ProblemDetails(.notFound, detail: "This confirmation link is unknown, already used or expired.")
        case .resetLinkInvalid:
            return ProblemDetails(.notFound, detail: "This password reset link is unknown, already used or expired.")
        case .unsubscribeLinkInvalid:
            return ProblemDetails(.notFound, detail: "This unsubscribe link belongs to no mail of this node.")
        default:
            let field = self.field ?? ""
            let reason = description.hasPrefix(field + ": ") ? String(description.dropFirst(field.count + 2)) : description
            return ProblemDetails(.validation, detail: "\(field): \(reason)",
                                  errors: [.init(pointer: "/" + field, detail: reason)])
        }
    }
}

/// Login failures: one answer for unknown email and wrong password alike.
extension LoginError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .invalidCredentials:
            return ProblemDetails(.invalidCredentials, detail: "The email or password is wrong.")
        case .throttled:
            return ProblemDetails(.tooManyRequests, detail: "Too many failed sign-ins; try again in \(retryAfterSeconds ?? 1) seconds.")
        case .overloaded:
            return ProblemDetails(.overloaded, detail: "The server is busy checking passwords; try again in a moment.")
        }
    }

    public var problemHeaders: HTTPHeaders {
        retryAfterSeconds.map { HTTPHeaders([("Retry-After", String($0))]) } ?? HTTPHeaders()
    }
}
