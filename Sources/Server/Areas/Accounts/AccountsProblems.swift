import Registry

/// How the Registry's account errors read as problems: field errors are validation
/// problems pointing at the field; the rest have their own types.
extension AccountsError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .emailTaken:
            return ProblemDetails(type: "conflict", title: "Conflict", status: .conflict,
                                  detail: "Another account already uses this email address.")
        case .lastAdmin:
            return ProblemDetails(type: "conflict", title: "Conflict", status: .conflict,
                                  detail: "This is the last admin account; grant admin to another account first.")
        case .unknownAccount:
            return ProblemDetails(type: "not-found", title: "Not found", status: .notFound, detail: "No such account.")
        case .unknownAPIToken:
            return ProblemDetails(type: "not-found", title: "Not found", status: .notFound, detail: "No such API token.")
        default:
            let field = self.field ?? ""
            let reason = description.hasPrefix(field + ": ") ? String(description.dropFirst(field.count + 2)) : description
            return ProblemDetails(type: "validation", title: "Invalid request", status: .unprocessableContent,
                                  detail: "\(field): \(reason)",
                                  errors: [.init(pointer: "/" + field, detail: reason)])
        }
    }
}

/// Login failures: one answer for unknown email and wrong password alike.
extension LoginError: ProblemConvertible {
    public var problem: ProblemDetails {
        switch self {
        case .invalidCredentials:
            return ProblemDetails(type: "invalid-credentials", title: "Wrong email or password", status: .unauthorized,
                                  detail: "The email or password is wrong.")
        case .throttled:
            return ProblemDetails(type: "too-many-requests", title: "Too many requests", status: .tooManyRequests,
                                  detail: "Too many failed sign-ins; try again in \(retryAfterSeconds ?? 1) seconds.")
        case .overloaded:
            return ProblemDetails(type: "overloaded", title: "Busy", status: .serviceUnavailable,
                                  detail: "The server is busy checking passwords; try again in a moment.")
        }
    }

    public var problemHeaders: HTTPHeaders {
        retryAfterSeconds.map { HTTPHeaders([("Retry-After", String($0))]) } ?? HTTPHeaders()
    }
}
