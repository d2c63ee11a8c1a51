/// Every way an API request fails that the server itself decides. Each case has one
/// row in `ProblemMapping`, which turns it into the RFC 9457 answer.
public enum APIError: Error, Sendable, Equatable {
    case badRequest(detail: String)
    case validation([ProblemDetails.FieldError])
    case unauthenticated(detail: String)
    case forbidden(detail: String)
    case notFound(detail: String)
    case methodNotAllowed(allowed: [HTTPMethod])
    case methodNotImplemented(HTTPMethod)
    case conflict(detail: String)
    case unsupportedMediaType(expected: String)
    case contentTooLarge(limit: Int)
    case csrfTokenInvalid
    case idempotencyKeyReused
    case idempotencyKeyInProgress
    case idempotencyKeyAnswerLost
    case invalidIdempotencyKey
}
